import type { RegionProps } from '../dataset-types';
import { type ScoringMatrix, scoringMatrix } from './oracle';
import type { Scenario } from './scenario';
import type { ScoredRow } from './score-types';

/**
 * The weight-independent matrix of a ranking already made (the SQL's rows, equal to the
 * oracle's by the agreement tests): what the stability, missing-data and set-membership draws
 * start from. The region kind, which the rows do not carry, comes from the region table.
 */
export function rankingMatrix(
  scenario: Scenario,
  rows: readonly ScoredRow[],
  regions: readonly Pick<RegionProps, 'kemendagri_code' | 'kind'>[],
): ScoringMatrix {
  const kinds = new Map(regions.map((r) => [r.kemendagri_code, r.kind]));
  return scoringMatrix(
    scenario,
    rows.map((r) => ({ ...r, kind: kinds.get(r.kemendagri_code) ?? 'kabupaten' })),
  );
}
