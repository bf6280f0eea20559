import { type ClassBreaks, classOf, computeBreaks } from '../classify';
import type { RegionProps } from '../dataset-types';
import { OUT_OF_VIEW_RGB, type Rgb } from '../palette';
import type { ScoredRow } from './score-types';

/** ColorBrewer YlOrRd (Cynthia Brewer, Apache-2.0): scores look unlike indicator maps. */
const YLORRD_5: readonly Rgb[] = [
  [255, 255, 178],
  [254, 204, 92],
  [253, 141, 60],
  [240, 59, 32],
  [189, 0, 38],
];
/** Excluded by a constraint or missing data: muted mauve, distinct from every class. */
export const EXCLUDED_RGB: Rgb = [205, 190, 210];

export interface ScoreFill {
  readonly breaks: ClassBreaks;
  readonly colours: readonly Rgb[];
  readonly fill: ReadonlyMap<string, Rgb>;
  readonly topCodes: readonly string[];
  /** "Pilih N lokasi": the chosen set, outlined on its own (empty without a site set). */
  readonly chosenCodes?: readonly string[];
}

/** Colours kab/kota by score class; excluded ones mauve; those outside the scope as context. */
export function buildScoreFill(regions: readonly RegionProps[], rows: readonly ScoredRow[], topN: number): ScoreFill {
  const scored = rows.filter((r) => r.score !== null);
  const breaks = computeBreaks(scored.map((r) => r.score as number));
  const n = breaks.lower.length;
  const colours = n === 0 ? [] : YLORRD_5.slice(5 - Math.min(n, 5));
  const byCode = new Map(rows.map((r) => [r.kemendagri_code, r]));
  const fill = new Map<string, Rgb>();
  for (const reg of regions) {
    const r = byCode.get(reg.kemendagri_code);
    if (!r) fill.set(reg.kemendagri_code, OUT_OF_VIEW_RGB);
    else if (r.score === null) fill.set(reg.kemendagri_code, EXCLUDED_RGB);
    else fill.set(reg.kemendagri_code, colours[classOf(r.score, breaks)] ?? EXCLUDED_RGB);
  }
  const topCodes = scored
    .filter((r) => (r.rank as number) <= topN)
    .sort((a, b) => (a.rank as number) - (b.rank as number))
    .map((r) => r.kemendagri_code);
  return { breaks, colours, fill, topCodes };
}
