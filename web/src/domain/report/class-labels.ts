import type { ClassBreaks } from '../classify';
import type { Lang } from '../dataset-types';
import { formatNumber } from '../format';

/** The label of each class of a legend: "77.830 – 162.273", or one value when the class is exact. */
export function classLabels(breaks: ClassBreaks, lang: Lang): string[] {
  return breaks.lower.map((lo, i) => {
    const hi = breaks.upper[i] as number;
    return breaks.exact || lo === hi ? formatNumber(lo, lang) : `${formatNumber(lo, lang)} – ${formatNumber(hi, lang)}`;
  });
}
