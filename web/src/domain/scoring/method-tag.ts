import type { Scenario } from './scenario';

/**
 * The short name of a scenario's method as printed in legends, slides, the PDF and exports:
 * OWA carries its α because the same name ranks very differently from α = 0.2 to α = 5.
 */
export function methodTag(s: Pick<Scenario, 'method' | 'owa_alpha'>): string {
  if (s.method === 'owa') return `OWA (α = ${s.owa_alpha ?? 1})`;
  return s.method.toUpperCase();
}

/** OWA's α stops on the risk-attitude control: from "any criterion" (0.1) through WLC (1) to "all" (10). */
export const OWA_ALPHA_STOPS: readonly number[] = [0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 5, 10];

/** α when a user first picks OWA: leaning to "all criteria must be good", which is why one picks OWA. */
export const OWA_DEFAULT_ALPHA = 2;
