/**
 * Numbers as Indonesian and English tables write them. BPS "Dalam Angka" tables use "." for
 * thousands and "," for decimals ("28.453" is twenty-eight thousand, "1.234,5"); English-language
 * tables the reverse. A column is read with one style, detected from all of its cells, because a
 * single "28.453" cannot tell the two apart.
 */
export type NumberStyle = 'id' | 'en';

/** Cells that mean "no value" in statistical tables: empty, dashes, dots, n/a. */
const MISSING = /^(|-|–|—|\.|\.\.|\.\.\.|…|n\/?a|na|tidak ada|t\/?a|x)$/i;

export function isMissingCell(text: string): boolean {
  return MISSING.test(text.trim());
}

export type ParsedNumber = { readonly ok: true; readonly value: number | null } | { readonly ok: false };

/** Parses one cell in the given style; blank and dash cells are "no value" (null), never zero. */
export function parseNumber(text: string, style: NumberStyle): ParsedNumber {
  const t = text.trim().replace(/[\s\u00a0]/g, '');
  if (isMissingCell(t)) return { ok: true, value: null };
  const [group, decimal] = style === 'id' ? ['.', ','] : [',', '.'];
  const m = /^([+-]?)(\d+(?:[.,]\d+)*)(%?)$/.exec(t);
  if (!m) return { ok: false };
  const body = m[2] ?? '';
  const parts = body.split(decimal);
  if (parts.length > 2) return { ok: false };
  const [intPart = '', frac] = parts;
  if (intPart.includes(decimal)) return { ok: false };
  const groups = intPart.split(group);
  // Thousands groups must be exactly three digits after the first: "1.234.567", not "1.23".
  if (groups.length > 1 && (groups.slice(1).some((g) => g.length !== 3) || (groups[0] ?? '').length > 3))
    return { ok: false };
  if (frac?.includes(group)) return { ok: false };
  const n = Number(`${m[1]}${groups.join('')}${frac === undefined ? '' : `.${frac}`}`);
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false };
}

/** Evidence for one style in one cell: a pattern only that style can write. */
function cellStyle(text: string): NumberStyle | null {
  const t = text.trim().replace(/[\s\u00a0]/g, '');
  // "28.453" and "1,250": a thousands group in one style, three decimals in the other.
  if (/^[+-]?\d{1,3}[.,]\d{3}$/.test(t)) return null;
  if (/^[+-]?\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(t) || /^[+-]?\d+(\.\d{3})*,\d+$/.test(t)) return 'id';
  if (/^[+-]?\d{1,3}(,\d{3}){2,}(\.\d+)?$/.test(t) || /^[+-]?\d+(,\d{3})*\.\d+$/.test(t)) return 'en';
  return null;
}

export interface StyleGuess {
  readonly style: NumberStyle;
  /** True when some cell could only be read one way; false when the style is a default. */
  readonly certain: boolean;
}

/**
 * The style of a column from its cells. Cells that only one style can write decide; a column of
 * ambiguous cells ("28.453", "1,250") falls back to `fallback` (the file's convention: a
 * semicolon-separated file is Indonesian-style), flagged as uncertain so the UI asks.
 */
export function detectNumberStyle(cells: readonly string[], fallback: NumberStyle): StyleGuess {
  let id = 0;
  let en = 0;
  for (const c of cells) {
    const s = cellStyle(c);
    if (s === 'id') id++;
    else if (s === 'en') en++;
  }
  if (id > en) return { style: 'id', certain: en === 0 };
  if (en > id) return { style: 'en', certain: id === 0 };
  return { style: fallback, certain: false };
}
