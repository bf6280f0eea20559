import { type NumberStyle, parseNumber } from '../import/parse-number';

/** Why a typed value is not used yet. `outlier` can be confirmed; the others must be corrected. */
export type EntryProblem =
  | { readonly kind: 'not_a_number' }
  | { readonly kind: 'unit'; readonly typed: string; readonly expected: string }
  | { readonly kind: 'negative' }
  | { readonly kind: 'outlier'; readonly factor: number; readonly median: number };

export type EntryResult =
  | { readonly ok: true; readonly value: number | null; readonly warning: EntryProblem | null }
  | { readonly ok: false; readonly problem: EntryProblem };

const hasStyle = (t: string): NumberStyle | null => {
  if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$|^[+-]?\d+,\d{1,2}$|^[+-]?\d{1,3}(\.\d{3}){2,}$/.test(t)) return 'id';
  if (/^[+-]?\d{1,3}(,\d{3})+\.\d+$|^[+-]?\d+\.\d{1,2}$|^[+-]?\d{1,3}(,\d{3}){2,}$/.test(t)) return 'en';
  return null;
};

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * Reads one typed cell. Both number styles are accepted: a cell only one style can write decides,
 * an ambiguous one ("28.453") is read in `style` (the grid's setting). A trailing unit must be the
 * indicator's unit in either language ("12 ton" for ton; "12 kg" is refused). Blank means "no value typed".
 * Negative values are refused unless `allowNegative`; a value more than 100× away from the
 * median of the other kab/kota (a likely ton vs thousand-ton slip) is returned with a warning.
 */
export function readEntry(
  text: string,
  opts: { style: NumberStyle; units: readonly string[]; allowNegative: boolean; others: readonly number[] },
): EntryResult {
  let t = text.trim().replace(/\u00a0/g, ' ');
  if (t === '') return { ok: true, value: null, warning: null };
  const unitMatch = /^(.*?\d)\s*([^\d\s.,+-][^\d]*)$/.exec(t);
  if (unitMatch) {
    const typed = (unitMatch[2] ?? '').trim();
    // The unit in either language ("ton" for "ton/tahun", "t" for "t/year") is accepted; any other
    // unit is refused, never converted.
    const accepted = opts.units
      .flatMap((u) => [u.trim().toLowerCase(), u.trim().toLowerCase().split('/')[0] ?? ''])
      .filter((u) => u !== '');
    if (!accepted.includes(typed.toLowerCase()))
      return {
        ok: false,
        problem: { kind: 'unit', typed, expected: opts.units.filter((u) => u.trim() !== '').join(' / ') },
      };
    t = unitMatch[1] ?? '';
  }
  const compact = t.replace(/\s/g, '');
  const p = parseNumber(compact, hasStyle(compact) ?? opts.style);
  if (!p.ok || p.value === null) return { ok: false, problem: { kind: 'not_a_number' } };
  if (p.value < 0 && !opts.allowNegative) return { ok: false, problem: { kind: 'negative' } };
  const others = opts.others.filter((x) => x > 0);
  if (others.length >= 3 && p.value > 0) {
    const m = median(others);
    const factor = p.value / m;
    if (factor >= 100 || factor <= 0.01)
      return { ok: true, value: p.value, warning: { kind: 'outlier', factor, median: m } };
  }
  return { ok: true, value: p.value, warning: null };
}

/** Lines of a pasted spreadsheet column (one value per line; tabs: the first cell). */
export function pastedColumn(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((l) => l.split('\t')[0] ?? '');
}
