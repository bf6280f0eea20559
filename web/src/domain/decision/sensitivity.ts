import { owa, wpm } from '../scoring/aggregate';
import type { ScoringMatrix } from '../scoring/oracle';

/** mulberry32: a small seeded PRNG, so a sensitivity run is reproducible from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Scores for the given weights (normalised here), same maths as the oracle. */
export function scoresFor(m: ScoringMatrix, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const w = weights.map((x) => x / total);
  if (m.method === 'wlc') return m.values.map((row) => row.reduce((acc, x, j) => acc + (w[j] as number) * x, 0));
  if (m.method === 'wpm') return m.values.map((row) => wpm(row, w).score);
  if (m.method === 'owa') return m.values.map((row) => owa(row, w, m.alpha).score);
  const v = m.values.map((row) => row.map((r, j) => (w[j] as number) * r));
  const cols = w.map((_, j) => v.map((row) => row[j] as number));
  const best = cols.map((c, j) => (m.directions[j] === 'benefit' ? Math.max(...c) : Math.min(...c)));
  const worst = cols.map((c, j) => (m.directions[j] === 'benefit' ? Math.min(...c) : Math.max(...c)));
  return v.map((row) => {
    let dp = 0;
    let dm = 0;
    row.forEach((a, j) => {
      dp += (a - (best[j] as number)) ** 2;
      dm += (a - (worst[j] as number)) ** 2;
    });
    dp = Math.sqrt(dp);
    dm = Math.sqrt(dm);
    return dp + dm === 0 ? 0.5 : dm / (dp + dm);
  });
}

/** Ranks (1 = best) by score, ties by code, as in docs/scoring.md. */
export function ranksFor(m: ScoringMatrix, scores: readonly number[]): number[] {
  const order = scores
    .map((s, i) => ({ i, s: Math.round(s * 1e12) / 1e12, code: m.codes[i] as string }))
    .sort((a, b) => b.s - a.s || (a.code < b.code ? -1 : 1));
  const ranks = new Array<number>(scores.length);
  order.forEach((o, k) => {
    ranks[o.i] = k + 1;
  });
  return ranks;
}

export interface OatSeries {
  readonly criterion: number;
  /** Relative weight changes, e.g. −0.5 … +0.5. */
  readonly deltas: readonly number[];
  /** ranks[d][candidate]. */
  readonly ranks: readonly (readonly number[])[];
}

/** One-at-a-time: change one weight by each delta (others unchanged), re-rank. */
export function oneAtATime(
  m: ScoringMatrix,
  weights: readonly number[],
  criterion: number,
  deltas: readonly number[],
): OatSeries {
  return {
    criterion,
    deltas,
    ranks: deltas.map((d) =>
      ranksFor(
        m,
        scoresFor(
          m,
          weights.map((w, j) => (j === criterion ? w * (1 + d) : w)),
        ),
      ),
    ),
  };
}

export interface MonteCarloStats {
  readonly draws: number;
  readonly seed: number;
  readonly spread: number;
  /** Per candidate, in the matrix's order. */
  readonly minRank: readonly number[];
  readonly maxRank: readonly number[];
  /** 5th and 95th percentile ranks. */
  readonly p5: readonly number[];
  readonly p95: readonly number[];
  readonly pTop3: readonly number[];
  readonly pTop10: readonly number[];
}

/**
 * Monte Carlo weight draws around the current weights: each weight × (1 + spread·U(−1, 1)),
 * renormalised; seeded, so the same seed gives the same statistics.
 */
export function monteCarlo(
  m: ScoringMatrix,
  weights: readonly number[],
  opts: { draws: number; spread: number; seed: number },
): MonteCarloStats {
  const rand = seededRandom(opts.seed);
  const diff = rankDiffs(m.codes.length);
  for (let d = 0; d < opts.draws; d++) addDraw(diff, scoresFor(m, drawWeights(weights, opts.spread, rand)));
  return statsOf(diff, opts);
}

/** One weight draw: each weight × (1 + spread·U(−1, 1)); scoresFor renormalises. */
export function drawWeights(weights: readonly number[], spread: number, rand: () => number): number[] {
  return weights.map((x) => x * (1 + spread * (2 * rand() - 1)));
}

/** Rank histograms as difference arrays, one per candidate (see addDraw). */
export function rankDiffs(n: number): Float64Array[] {
  return Array.from({ length: n }, () => new Float64Array(n + 2));
}

/** Per candidate, the expected number of draws at each rank (index 1…n; index 0 unused). */
export function histograms(diff: readonly Float64Array[]): Float64Array[] {
  const n = diff.length;
  return diff.map((dh) => {
    const h = new Float64Array(n + 1);
    let acc = 0;
    for (let r = 1; r <= n; r++) {
      acc += dh[r] as number;
      h[r] = acc < 1e-9 ? 0 : acc;
    }
    return h;
  });
}

/** Rank range, percentiles and top-k probabilities from the draws' histograms. */
export function statsOf(
  diff: readonly Float64Array[],
  opts: { draws: number; spread: number; seed: number },
): MonteCarloStats {
  const n = diff.length;
  // Fractional counts: candidates tied in a draw share their group's ranks equally, so a rank
  // decided only by the code order is never counted as a sure place (docs/scoring.md).
  const hist = histograms(diff);
  const pct = (h: Float64Array, q: number) => {
    const target = q * opts.draws;
    let acc = 0;
    for (let r = 1; r <= n; r++) {
      acc += h[r] as number;
      if (acc >= target - 1e-9) return r;
    }
    return n;
  };
  const within = (h: Float64Array, k: number) => {
    let acc = 0;
    for (let r = 1; r <= Math.min(k, n); r++) acc += h[r] as number;
    return acc / opts.draws;
  };
  return {
    draws: opts.draws,
    seed: opts.seed,
    spread: opts.spread,
    minRank: hist.map((h) => h.findIndex((c, r) => r > 0 && c > 0)),
    maxRank: hist.map((h) => {
      for (let r = n; r >= 1; r--) if ((h[r] as number) > 0) return r;
      return n;
    }),
    p5: hist.map((h) => pct(h, 0.05)),
    p95: hist.map((h) => pct(h, 0.95)),
    pTop3: hist.map((h) => within(h, 3)),
    pTop10: hist.map((h) => within(h, 10)),
  };
}

export type Stability = 'stable' | 'moderate' | 'sensitive';

/** From the 5th–95th percentile rank spread: ≤ 1 place stable, ≤ 3 moderate, else sensitive. */
export function stabilityOf(p5: number, p95: number): Stability {
  const width = p95 - p5;
  return width <= 1 ? 'stable' : width <= 3 ? 'moderate' : 'sensitive';
}

/**
 * Adds one draw to the rank histograms, kept as difference arrays (prefix sums give the counts).
 * A run of k equal scores (at 12 decimals) occupying ranks a…a+k−1 adds 1/k to each of those ranks
 * for each of its members: ties broken uniformly at random, in O(1) per candidate.
 */
export function addDraw(diff: Float64Array[], scores: readonly number[]): void {
  const order = scores.map((s, i) => ({ i, s: Math.round(s * 1e12) / 1e12 })).sort((a, b) => b.s - a.s);
  let k = 0;
  while (k < order.length) {
    let e = k;
    while (e + 1 < order.length && (order[e + 1] as { s: number }).s === (order[k] as { s: number }).s) e++;
    const share = 1 / (e - k + 1);
    for (let q = k; q <= e; q++) {
      const h = diff[(order[q] as { i: number }).i] as Float64Array;
      h[k + 1] = (h[k + 1] as number) + share;
      h[e + 2] = (h[e + 2] as number) - share;
    }
    k = e + 1;
  }
}
