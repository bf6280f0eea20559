import type { ScoringMatrix } from '../scoring/oracle';
import { type MissingDrawStats, missingDataMonteCarlo } from './missing-draws';
import { type MonteCarloStats, monteCarlo } from './sensitivity';

/** The draws behind the stability badges and the rank ranges: 1,000 × weights ±20 %, seed 42. */
export const SENSITIVITY = { draws: 1000, spread: 0.2, seed: 42 } as const;

export interface UncertaintyRequest {
  readonly matrix: ScoringMatrix;
  readonly weights: readonly number[];
  readonly opts: { readonly draws: number; readonly spread: number; readonly seed: number };
}

export interface Uncertainty {
  readonly codes: readonly string[];
  readonly weightOnly: MonteCarloStats;
  /** Weights and missing values drawn together (equal to weightOnly where nothing is missing). */
  readonly withMissing: MissingDrawStats;
}

/** Both analyses of one ranking: what a worker runs, and what Node tests and the CLI run in-process. */
export function computeUncertainty(req: UncertaintyRequest): Uncertainty {
  return {
    codes: req.matrix.codes,
    weightOnly: monteCarlo(req.matrix, req.weights, req.opts),
    withMissing: missingDataMonteCarlo(req.matrix, req.weights, req.opts),
  };
}
