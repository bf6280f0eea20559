import type { RegionKind } from '../dataset-types';

/** One kab/kota with the raw value of every required column (null = no data). */
export interface CandidateInput {
  readonly kemendagri_code: string;
  readonly bps_code: string;
  readonly name: string;
  readonly kind: RegionKind;
  readonly kemendagri_prov_code: string;
  /** Raw values in the order of `requiredColumns(scenario)`. */
  readonly raw: readonly (number | null)[];
}

/** Why a kab/kota is not ranked: a constraint (by index) or missing data under "exclude". */
export type ExclusionReason =
  | { readonly kind: 'constraint'; readonly index: number }
  | { readonly kind: 'missing'; readonly criterion: number };

export interface ScoredRow {
  readonly kemendagri_code: string;
  readonly bps_code: string;
  readonly name: string;
  readonly kemendagri_prov_code: string;
  readonly raw: readonly (number | null)[];
  readonly excluded: ExclusionReason | null;
  /** Null when excluded. */
  readonly score: number | null;
  readonly rank: number | null;
  /** WLC: wⱼ·x″ⱼ (they add up to the score). TOPSIS: weighted normalised values (not additive). */
  readonly contributions: readonly number[] | null;
}
