import { dsvFormat } from 'd3-dsv';

/**
 * A table as read from a file, before any interpretation: every cell a string. Spreadsheets and
 * statistical tables often carry title rows above the header ("Tabel 5.1 …", a blank line); those
 * are kept as `preamble` (they usually name the source and year) and never become data.
 */
export interface RawTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Lines above the header, as text. */
  readonly preamble: readonly string[];
  /** 1-based line (CSV) or row (sheet) number of the header, for messages. */
  readonly headerLine: number;
  /** Lines with more filled cells than the header has columns (a stray delimiter or quote): the extra cells are dropped. */
  readonly ragged: readonly number[];
}

export type Delimiter = ',' | ';' | '\t';

/** The delimiter whose count per line is most consistent (and non-zero) over the first lines. */
export function detectDelimiter(text: string): Delimiter {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .slice(0, 30);
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const d of [',', ';', '\t'] as const) {
    const counts = lines.map((l) => dsvFormat(d).parseRows(l)[0]?.length ?? 1);
    const widths = new Map<number, number>();
    for (const c of counts) widths.set(c, (widths.get(c) ?? 0) + 1);
    let modeWidth = 1;
    let modeCount = 0;
    for (const [w, n] of widths)
      if (n > modeCount || (n === modeCount && w > modeWidth)) [modeWidth, modeCount] = [w, n];
    const score = modeWidth > 1 ? modeCount * 1000 + modeWidth : 0;
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

/** Splits CSV text into rows of cells (quotes handled); a leading BOM is dropped. */
export function parseDelimited(text: string, delimiter: Delimiter): string[][] {
  return dsvFormat(delimiter).parseRows(text.replace(/^\ufeff/, ''));
}

const filled = (row: readonly string[]) => row.filter((c) => c.trim() !== '').length;
const numericLike = (c: string) => /^[\s+-]*[\d.,]+%?\s*$/.test(c);

/**
 * The header row: the first row, among the first 30, that is as wide as the table body and made of
 * labels rather than numbers. Comment lines (starting with "#", as our exports write) and title
 * rows above it become the preamble.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[]): number {
  const head = rows.slice(0, 30);
  const widths = new Map<number, number>();
  for (const r of rows.slice(0, 200)) {
    const f = filled(r);
    if (f > 0) widths.set(f, (widths.get(f) ?? 0) + 1);
  }
  let bodyWidth = 1;
  let most = 0;
  for (const [w, n] of widths) if (n > most || (n === most && w > bodyWidth)) [bodyWidth, most] = [w, n];
  for (let i = 0; i < head.length; i++) {
    const r = head[i] ?? [];
    if ((r[0] ?? '').startsWith('#')) continue;
    const f = filled(r);
    if (f < Math.min(2, bodyWidth) || f < bodyWidth * 0.6) continue;
    const labels = r.filter((c) => c.trim() !== '' && !numericLike(c)).length;
    if (labels >= f * 0.6) return i;
  }
  return 0;
}

/** Takes off the apostrophe our CSV exports put before a formula-like text cell ('=x → =x). */
const unguard = (c: string) => (/^'[=+\-@]/.test(c) ? c.slice(1) : c);

/** Builds the table from rows and a header index: trailing empty rows and columns are dropped. */
export function toRawTable(rows: readonly (readonly string[])[], headerIndex: number): RawTable {
  const headerRow = rows[headerIndex] ?? [];
  const body = rows.slice(headerIndex + 1).filter((r) => filled(r) > 0);
  let width = headerRow.length;
  while (
    width > 0 &&
    (headerRow[width - 1] ?? '').trim() === '' &&
    body.every((r) => (r[width - 1] ?? '').trim() === '')
  )
    width--;
  const seen = new Map<string, number>();
  const header = headerRow.slice(0, width).map((h, i) => {
    const base = h.trim() === '' ? `column_${i + 1}` : h.trim();
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
  return {
    header,
    rows: body.map((r) => Array.from({ length: width }, (_, i) => unguard((r[i] ?? '').trim()))),
    preamble: rows
      .slice(0, headerIndex)
      .map((r) =>
        // A "#" line is one text that the delimiter split: join it back as written.
        (r[0] ?? '').startsWith('#')
          ? r.join(',').replace(/^#\s*/, '').replace(/,+$/, '')
          : r.filter((c) => c.trim() !== '').join(' '),
      )
      .filter((l) => l !== ''),
    headerLine: headerIndex + 1,
    ragged: rows.flatMap((r, i) => (i > headerIndex && r.slice(width).some((c) => c.trim() !== '') ? [i + 1] : [])),
  };
}

/** CSV text → table, with the delimiter and header row detected unless given. */
export function readCsvTable(
  text: string,
  opts: { delimiter?: Delimiter; headerIndex?: number } = {},
): RawTable & { delimiter: Delimiter } {
  const delimiter = opts.delimiter ?? detectDelimiter(text);
  const rows = parseDelimited(text, delimiter);
  const headerIndex = opts.headerIndex ?? detectHeaderRow(rows);
  return { ...toRawTable(rows, headerIndex), delimiter };
}
