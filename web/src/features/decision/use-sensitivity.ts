import { useMemo } from 'react';
import type { ObservationIndex } from '../../data/observation-index';
import type { PointsFile, RegionProps } from '../../domain/dataset-types';
import { computeUncertainty, SENSITIVITY, type Uncertainty } from '../../domain/decision/uncertainty';
import { buildCandidates, facilitiesFromPoints } from '../../domain/scoring/candidates';
import { type ScoringMatrix, scoringMatrix } from '../../domain/scoring/oracle';
import { rankingMatrix } from '../../domain/scoring/ranking-matrix';
import { requiredColumns, type Scenario } from '../../domain/scoring/scenario';
import { useScoring } from '../../store/hooks';
import { useRegionList } from '../../store/selectors';

export { SENSITIVITY };

/** Per candidate: the weight-only percentiles and top-k shares, and the range with missing values drawn too. */
export interface CandidateSensitivity {
  readonly p5: number;
  readonly p95: number;
  readonly pTop3: number;
  readonly pTop10: number;
  /** Null where the candidate's ranking has nothing filled in (the range equals the weight one). */
  readonly withMissing: {
    readonly min: number;
    readonly max: number;
    readonly p5: number;
    readonly p95: number;
  } | null;
}

export interface Sensitivity {
  readonly byCode: ReadonlyMap<string, CandidateSensitivity>;
  readonly uncertainty: Uncertainty;
}

export function sensitivityByCode(u: Uncertainty): Sensitivity {
  const w = u.weightOnly;
  const m = u.withMissing;
  const byCode = new Map(
    u.codes.map((code, i) => [
      code,
      {
        p5: w.p5[i] as number,
        p95: w.p95[i] as number,
        pTop3: w.pTop3[i] as number,
        pTop10: w.pTop10[i] as number,
        withMissing: m.anyMissing
          ? { min: m.minRank[i] as number, max: m.maxRank[i] as number, p5: m.p5[i] as number, p95: m.p95[i] as number }
          : null,
      },
    ]),
  );
  return { byCode, uncertainty: u };
}

/**
 * The current ranking's stability and rank ranges, computed in a worker by the uncertainty
 * effect; null until the answer for the ranking on screen has arrived.
 */
export function useSensitivity(): Sensitivity | null {
  const result = useScoring((s) => s.result);
  const u = useScoring((s) => s.uncertainty);
  return useMemo(() => (u && result && u.forSeq === result.seq ? sensitivityByCode(u.value) : null), [u, result]);
}

/** The ranking's weight-independent matrix (for the one-at-a-time chart): cheap, on the main thread. */
export function useScoringMatrix(): ScoringMatrix | null {
  const result = useScoring((s) => s.result);
  const regions = useRegionList();
  return useMemo(() => {
    if (!result) return null;
    const m = rankingMatrix(result.scenario, result.rows, regions);
    return m.codes.length > 0 ? m : null;
  }, [result, regions]);
}

/** The same computation in-process (the PDF report). */
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
  const matrix = scoringMatrix(s, cands);
  if (matrix.codes.length === 0) return null;
  return sensitivityByCode(computeUncertainty({ matrix, weights: s.criteria.map((c) => c.weight), opts: SENSITIVITY }));
}
