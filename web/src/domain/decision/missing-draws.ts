import type { ScoringMatrix } from '../scoring/oracle';
import {
  addDraw,
  drawWeights,
  histograms,
  type MonteCarloStats,
  rankDiffs,
  ranksFor,
  scoresFor,
  seededRandom,
  statsOf,
} from './sensitivity';

/**
 * "What if the missing values were known" (docs/scoring.md, "Rank range with missing data").
 * Each draw combines a weight draw (the same stream as the weight-only Monte Carlo) with, for
 * every value the missing-data rule filled in, the normalised standing of a candidate drawn
 * uniformly among those that reported the criterion. A criterion nobody reported keeps its
 * filled-in value. With nothing missing the draws are the weight-only ones, exactly.
 */
export interface MissingDrawStats extends MonteCarloStats {
  /** acceptability[i][r − 1] = share of draws in which candidate i takes rank r (SMAA's b_i^r). */
  readonly acceptability: readonly (readonly number[])[];
  /** Any value filled in by the missing-data rule among the candidates. */
  readonly anyMissing: boolean;
}

/**
 * The combined draws as a sequence of score vectors (matrix order): the weight draw, then each
 * filled-in value replaced by a reporting candidate's standing. One definition for the rank
 * ranges, the acceptability table and the chance of being in the chosen set.
 */
export function* combinedDraws(
  m: ScoringMatrix,
  weights: readonly number[],
  opts: { draws: number; spread: number; seed: number },
): Generator<number[]> {
  const k = weights.length;
  const missing = m.missing ?? m.values.map((row) => row.map(() => false));
  const cells: Array<[number, number]> = [];
  missing.forEach((row, i) => {
    row.forEach((miss, j) => {
      if (miss) cells.push([i, j]);
    });
  });
  const donors = Array.from({ length: k }, (_, j) => m.values.map((_, i) => i).filter((i) => !missing[i]?.[j]));
  const randW = seededRandom(opts.seed);
  // A stream of its own: the weight draws stay those of the weight-only analysis.
  const randM = seededRandom(opts.seed ^ 0x9e3779b9);
  const values = m.values.map((row) => [...row]);
  const drawn: ScoringMatrix = { ...m, values };
  for (let d = 0; d < opts.draws; d++) {
    const w = drawWeights(weights, opts.spread, randW);
    for (const [i, j] of cells) {
      const from = donors[j] as number[];
      if (from.length === 0) continue;
      const donor = from[Math.floor(randM() * from.length)] as number;
      (values[i] as number[])[j] = (m.values[donor] as readonly number[])[j] as number;
    }
    yield scoresFor(drawn, w);
  }
}

export function missingDataMonteCarlo(
  m: ScoringMatrix,
  weights: readonly number[],
  opts: { draws: number; spread: number; seed: number },
): MissingDrawStats {
  const n = m.codes.length;
  const anyMissing = (m.missing ?? []).some((row) => row.some(Boolean));
  const diff = rankDiffs(n);
  for (const scores of combinedDraws(m, weights, opts)) addDraw(diff, scores);
  const stats = statsOf(diff, opts);
  // The current ranking is one of the cases considered: its rank always lies inside the range.
  const current = ranksFor(m, scoresFor(m, weights));
  const hist = histograms(diff);
  return {
    ...stats,
    minRank: stats.minRank.map((r, i) => Math.min(r, current[i] as number)),
    maxRank: stats.maxRank.map((r, i) => Math.max(r, current[i] as number)),
    acceptability: hist.map((h) => Array.from(h.subarray(1), (c) => c / opts.draws)),
    anyMissing,
  };
}
