import { useMemo } from 'react';
import type { ObservationIndex } from '../../data/observation-index';
import type { PointsFile, RegionProps } from '../../domain/dataset-types';
import { type MonteCarloStats, monteCarlo } from '../../domain/decision/sensitivity';
import { buildCandidates, facilitiesFromPoints } from '../../domain/scoring/candidates';
import type { ScoringMatrix } from '../../domain/scoring/oracle';
import { scoringMatrix } from '../../domain/scoring/oracle';
import { requiredColumns, type Scenario } from '../../domain/scoring/scenario';
import { useData, useScoring } from '../../store/hooks';

import { useRegionList } from '../../store/selectors';

export const SENSITIVITY = { draws: 1000, spread: 0.2, seed: 42 } as const;

export interface Sensitivity {
  readonly byCode: ReadonlyMap<string, { p5: number; p95: number; pTop3: number; pTop10: number }>;
  readonly stats: MonteCarloStats;
  readonly matrix: ScoringMatrix;
}

/**
 * Monte Carlo sensitivity of the current ranking: the same candidate values as the oracle (and,
 * by the agreement tests, the SQL), re-weighted per draw. Recomputed when the ranking changes.
 */
export function useSensitivity(): Sensitivity | null {
  const result = useScoring((s) => s.result);
  const observations = useData((s) => s.observations);
  const points = useData((s) => s.points);
  const regions = useRegionList();
  return useMemo(
    () =>
      result && observations && points ? computeSensitivity(result.scenario, observations, points, regions) : null,
    [result, observations, points, regions],
  );
}

/** The same computation outside React (the PDF report). */
export function computeSensitivity(
  s: Scenario,
  observations: ObservationIndex,
  points: PointsFile,
  regions: readonly RegionProps[],
): Sensitivity | null {
  const cands = buildCandidates(
    regions,
    (ind, code) => observations.headline(ind).get(code)?.value ?? null,
    facilitiesFromPoints(points),
    requiredColumns(s),
  );
  const m = scoringMatrix(s, cands);
  if (m.codes.length === 0) return null;
  const stats = monteCarlo(
    m,
    s.criteria.map((c) => c.weight),
    SENSITIVITY,
  );
  const byCode = new Map(
    m.codes.map((code, i) => [
      code,
      {
        p5: stats.p5[i] as number,
        p95: stats.p95[i] as number,
        pTop3: stats.pTop3[i] as number,
        pTop10: stats.pTop10[i] as number,
      },
    ]),
  );
  return { byCode, stats, matrix: m };
}
