/**
 * Source years are free text ("2019/2020", "~2017/2018", "2016 (stated 2016-09)", "2021 Q1", "").
 * The text is shown as the source states it; a number is derived only to order observations.
 */
export function yearSortKey(text: string): number | null {
  const years = [...text.matchAll(/(?:^|[^\d])((?:19|20)\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  if (years.length === 0) return null;
  // "2019/2020" describes a period ending 2020; the latest year in the text orders it.
  return Math.max(...years);
}

export interface Dated {
  readonly year: string;
}

/**
 * Picks the observation shown on the map when a region has several for one indicator:
 * the latest year; an unstated year ranks below any stated one; ties keep the first in
 * source order. Never averages or fills: the others stay visible as "other reported figures".
 */
export function pickHeadline<T extends Dated>(observations: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestKey = Number.NEGATIVE_INFINITY;
  for (const o of observations) {
    const k = yearSortKey(o.year) ?? -1;
    if (best === undefined || k > bestKey) {
      best = o;
      bestKey = k;
    }
  }
  return best;
}
