import { type ClassBreaks, classOf, computeBreaks } from './classify';
import type { Observation, RegionProps } from './dataset-types';
import { NO_DATA_RGB, OUT_OF_VIEW_RGB, type Rgb, sequentialPalette } from './palette';
import { inView, type RegionView } from './region-views';

export interface Choropleth {
  readonly breaks: ClassBreaks;
  readonly colours: readonly Rgb[];
  /** Fill per Kemendagri code, for every kab/kota. */
  readonly fill: ReadonlyMap<string, Rgb>;
  readonly inView: number;
  readonly withValue: number;
  /** Distinct year texts and source ids of the values in view. */
  readonly years: readonly string[];
  readonly sourceIds: readonly string[];
  /** Kab/kota per class (same order as colours); the last count is "no data". */
  readonly counts: readonly number[];
}

/**
 * Colours every kab/kota for one indicator. Classes come from the values inside the region in
 * view (so Central Sulawesi is compared with itself); a kab/kota in view without a value is
 * "no data" grey; those outside the view are drawn as context.
 */
export function buildChoropleth(
  regions: readonly RegionProps[],
  headline: ReadonlyMap<string, Observation>,
  view: RegionView,
): Choropleth {
  const visible = regions.filter((r) => inView(r, view));
  const values: number[] = [];
  const years = new Set<string>();
  const sources = new Set<string>();
  for (const r of visible) {
    const o = headline.get(r.kemendagri_code);
    if (o) {
      values.push(o.value);
      years.add(o.year);
      sources.add(o.source_id);
    }
  }
  const breaks = computeBreaks(values);
  const colours = sequentialPalette(breaks.lower.length);
  const counts = new Array<number>(colours.length + 1).fill(0);
  const fill = new Map<string, Rgb>();
  for (const r of regions) {
    if (!inView(r, view)) {
      fill.set(r.kemendagri_code, OUT_OF_VIEW_RGB);
      continue;
    }
    const c = classOf(headline.get(r.kemendagri_code)?.value, breaks);
    const idx = c < 0 ? colours.length : c;
    counts[idx] = (counts[idx] ?? 0) + 1;
    fill.set(r.kemendagri_code, c < 0 ? NO_DATA_RGB : (colours[c] as Rgb));
  }
  return {
    breaks,
    colours,
    fill,
    inView: visible.length,
    withValue: values.length,
    years: [...years].sort(),
    sourceIds: [...sources].sort(),
    counts,
  };
}
