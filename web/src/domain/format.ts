import type { Lang } from './dataset-types';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats a figure for display in the UI language: id-ID writes 28.453 and 1.234,5; en-GB
 * writes 28,453 and 1,234.5. Decimals follow the value's magnitude; nothing is rounded away to 0.
 */
export function formatNumber(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  const digits = abs === 0 || abs >= 100 ? 0 : abs >= 1 ? 2 : 4;
  const key = `${lang}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digits });
    formatters.set(key, f);
  }
  return f.format(value);
}

/** Years as the sources state them, joined; an unstated year is named, not hidden. */
export function formatYears(years: readonly string[], notStated: string): string {
  if (years.length === 0) return '';
  return years.map((y) => y || notStated).join('; ');
}
