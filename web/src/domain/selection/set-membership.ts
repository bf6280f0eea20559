import { combinedDraws } from '../decision/missing-draws';
import type { ScoringMatrix } from '../scoring/oracle';
import { chooseSites, type SiteCandidate, type SiteSetParams, type Solve } from './site-set';

/** Draws for the chance of being in the chosen set: each is a full re-solve, so fewer than the 1,000 rank draws. */
export const MEMBERSHIP = { draws: 200, spread: 0.2, seed: 42 } as const;

export interface SetMembership {
  readonly draws: number;
  /** Draws whose set problem had a solution (the others are left out of the shares). */
  readonly solved: number;
  /** code → share of solved draws in which the kab/kota is in the chosen set. */
  readonly share: Readonly<Record<string, number>>;
}

/**
 * P(in the chosen set) (docs/scoring.md): the same combined draws as the rank ranges (weights
 * ±20 % and the filled-in values drawn from reporting candidates), each re-scored and solved
 * exactly under the scenario's limits. A candidate not in the matrix keeps its score.
 */
export function setMembership(
  matrix: ScoringMatrix,
  weights: readonly number[],
  candidates: readonly SiteCandidate[],
  params: SiteSetParams,
  solve: Solve,
  opts: { draws: number; spread: number; seed: number } = MEMBERSHIP,
): SetMembership {
  const at = new Map(matrix.codes.map((c, i) => [c, i]));
  const count = new Map<string, number>();
  let solved = 0;
  for (const scores of combinedDraws(matrix, weights, opts)) {
    const drawn = candidates.map((c) => {
      const i = at.get(c.code);
      return i === undefined ? c : { ...c, score: scores[i] as number };
    });
    const o = chooseSites(drawn, params, solve);
    if (o.status !== 'optimal') continue;
    solved++;
    for (const code of o.chosen) count.set(code, (count.get(code) ?? 0) + 1);
  }
  const share = Object.fromEntries(candidates.map((c) => [c.code, solved ? (count.get(c.code) ?? 0) / solved : 0]));
  return { draws: opts.draws, solved, share };
}
