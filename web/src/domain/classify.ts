/**
 * Choropleth classes. Quantile breaks over the values in view, de-duplicated so ties never make
 * empty classes; when there are few distinct values each gets its own class (counts 0,1,2…).
 */
export interface ClassBreaks {
  /** Class i covers [lower[i], upper[i]] — lower inclusive; upper inclusive for the last class. */
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  /** True when every class is one exact value (few distinct values). */
  readonly exact: boolean;
}

export const MAX_CLASSES = 5;

export function computeBreaks(values: readonly number[], maxClasses = MAX_CLASSES): ClassBreaks {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  if (distinct.length === 0) return { lower: [], upper: [], exact: true };
  if (distinct.length <= maxClasses) return { lower: distinct, upper: distinct, exact: true };
  const cuts: number[] = [];
  for (let k = 1; k < maxClasses; k++) {
    // Nearest-rank quantile: the value below which k/maxClasses of the observations lie.
    const idx = Math.min(sorted.length - 1, Math.ceil((k * sorted.length) / maxClasses));
    const v = sorted[idx] as number;
    if (v > (cuts[cuts.length - 1] ?? Number.NEGATIVE_INFINITY) && v > (sorted[0] as number)) cuts.push(v);
  }
  const lower = [sorted[0] as number, ...cuts];
  const upper = [...cuts, sorted[sorted.length - 1] as number];
  return { lower, upper, exact: false };
}

/** Index of the class a value falls in, or -1 for no data. */
export function classOf(value: number | undefined, breaks: ClassBreaks): number {
  if (value === undefined || !Number.isFinite(value) || breaks.lower.length === 0) return -1;
  const n = breaks.lower.length;
  if (breaks.exact) {
    const i = breaks.lower.indexOf(value);
    if (i >= 0) return i;
  }
  for (let i = n - 1; i >= 0; i--) {
    if (value >= (breaks.lower[i] as number)) return i;
  }
  return 0;
}
