/**
 * The per-candidate aggregation rules that take directed normalised values x″ (docs/scoring.md,
 * "Methods"), shared by the oracle and the sensitivity analysis so both compute one definition.
 * `w` are normalised weights (Σ w = 1). Each returns the per-criterion parts and the score.
 */
export interface Aggregated {
  /** WLC, OWA: parts add up to the score. WPM: parts multiply to the score. */
  readonly parts: number[];
  readonly score: number;
}

/** Weighted linear combination: S = Σ wⱼ·x″ⱼ. */
export function wlc(x: readonly number[], w: readonly number[]): Aggregated {
  const parts = x.map((v, j) => (w[j] as number) * v);
  return { parts, score: parts.reduce((a, b) => a + b, 0) };
}

/**
 * Weighted product: S = Π x″ⱼ^wⱼ. A weight of 0 gives the factor 1 (0⁰ = 1, as in DuckDB's pow),
 * so a criterion without weight has no effect; x″ⱼ = 0 on a weighted criterion gives S = 0.
 */
export function wpm(x: readonly number[], w: readonly number[]): Aggregated {
  const parts = x.map((v, j) => ((w[j] as number) === 0 ? 1 : v ** (w[j] as number)));
  return { parts, score: parts.reduce((a, b) => a * b, 1) };
}

/**
 * Ordered weighted averaging with criterion weights and the quantifier Q(p) = p^α (Yager 1996;
 * Malczewski 2006). The values are sorted descending (ties by criterion order); the value in
 * position k gets the order weight Q(Σ_{h≤k} w) − Q(Σ_{h<k} w). α = 1 is WLC; α < 1 leans on the
 * best criteria ("any good enough"), α > 1 on the worst ("all must be good").
 */
export function owa(x: readonly number[], w: readonly number[], alpha: number): Aggregated {
  const order = x.map((v, j) => ({ v, j })).sort((a, b) => b.v - a.v || a.j - b.j);
  const parts = new Array<number>(x.length).fill(0);
  let cum = 0;
  for (const { v, j } of order) {
    const wj = w[j] as number;
    const next = cum + wj;
    // Q(cum) is taken as Q(next − wⱼ), the same subtraction the SQL twin does.
    parts[j] = (next ** alpha - Math.max(next - wj, 0) ** alpha) * v;
    cum = next;
  }
  return { parts, score: parts.reduce((a, b) => a + b, 0) };
}
