import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { csvField } from '../../../web/src/domain/csv-field';

export type Row = Record<string, string>;

/** Reads a CSV and fails loudly, naming the file, when a required column is missing. */
export function readCsv(path: string, required: readonly string[]): Row[] {
  const rows = csvParse(readFileSync(path, 'utf8'));
  const missing = required.filter((c) => !rows.columns.includes(c));
  if (missing.length > 0) {
    throw new Error(`${path}: missing column(s) ${missing.join(', ')}`);
  }
  return rows.map((r) => {
    const out: Row = {};
    for (const c of rows.columns) out[c] = (r[c] ?? '').trim();
    return out;
  });
}

/** Parses a number written in the sources' plain form ("28453", "59662.13"); empty → null. */
export function parseSourceNumber(text: string, where: string): number | null {
  if (text === '') return null;
  const n = Number(text);
  if (!Number.isFinite(n)) throw new Error(`${where}: "${text}" is not a number`);
  return n;
}

/** Minimal RFC 4180 writer: quotes a field only when it must. */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): string {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvField(r[c])).join(','));
  return `${lines.join('\n')}\n`;
}
