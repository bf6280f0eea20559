import type { RegionProps } from '../dataset-types';
import { OUT_OF_VIEW_RGB, type Rgb } from '../palette';
import { EXCLUDED_RGB } from './score-fill';
import type { ScoredRow } from './score-types';

export interface RankShift {
  readonly kemendagri_code: string;
  readonly name: string;
  readonly rankA: number | null;
  readonly rankB: number | null;
  /** rankA − rankB: positive = better (higher) in B. Null when either excludes it. */
  readonly shift: number | null;
}

/** Rank shifts from scenario A (the current one) to B, ordered by A's rank then B's. */
export function rankShifts(a: readonly ScoredRow[], b: readonly ScoredRow[]): RankShift[] {
  const bBy = new Map(b.map((r) => [r.kemendagri_code, r]));
  return a
    .map((r) => {
      const other = bBy.get(r.kemendagri_code);
      const rankB = other?.rank ?? null;
      return {
        kemendagri_code: r.kemendagri_code,
        name: r.name,
        rankA: r.rank,
        rankB,
        shift: r.rank !== null && rankB !== null ? r.rank - rankB : null,
      };
    })
    .sort((x, y) => (x.rankA ?? 1e9) - (y.rankA ?? 1e9) || (x.rankB ?? 1e9) - (y.rankB ?? 1e9));
}

/** ColorBrewer RdBu (Apache-2.0), diverging: red = worse in B, blue = better in B. */
const RDBU_5: readonly Rgb[] = [
  [202, 0, 32],
  [244, 165, 130],
  [247, 247, 247],
  [146, 197, 222],
  [5, 113, 176],
];

export function shiftClass(shift: number): number {
  return shift <= -3 ? 0 : shift < 0 ? 1 : shift === 0 ? 2 : shift < 3 ? 3 : 4;
}

/** The difference map: colour by rank shift; excluded in either scenario mauve. */
export function buildShiftFill(regions: readonly RegionProps[], shifts: readonly RankShift[]): Map<string, Rgb> {
  const by = new Map(shifts.map((s) => [s.kemendagri_code, s]));
  const fill = new Map<string, Rgb>();
  for (const r of regions) {
    const s = by.get(r.kemendagri_code);
    fill.set(
      r.kemendagri_code,
      !s ? OUT_OF_VIEW_RGB : s.shift === null ? EXCLUDED_RGB : (RDBU_5[shiftClass(s.shift)] as Rgb),
    );
  }
  return fill;
}

export const SHIFT_LEGEND: readonly {
  readonly colour: Rgb;
  readonly key: 'worse3' | 'worse' | 'same' | 'better' | 'better3';
}[] = [
  { colour: RDBU_5[0] as Rgb, key: 'worse3' },
  { colour: RDBU_5[1] as Rgb, key: 'worse' },
  { colour: RDBU_5[2] as Rgb, key: 'same' },
  { colour: RDBU_5[3] as Rgb, key: 'better' },
  { colour: RDBU_5[4] as Rgb, key: 'better3' },
];
