import { csvParseRows } from 'd3-dsv';
import type { Edit } from '../curation/edits';
import { readEntry } from '../curation/entry';
import type { RegionProps } from '../dataset-types';
import type { NumberStyle } from '../import/parse-number';
import { parseCriterionId } from './criteria';
import type { Scenario } from './scenario';
import type { ScoredRow } from './score-types';

/**
 * "Minta data": a fill-in template of the candidates × the indicators the ranking lacks, for a
 * Dinas to complete at the source, and reading it back into typed values with provenance
 * (docs/curation.md). Only indicator criteria (ind:, per_km2:, per_capita:) can lack a value
 * that a person can supply; distances come from the facility lists.
 */
export interface RequestIndicator {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
}

export interface RequestRow {
  readonly kemendagri_code: string;
  readonly bps_code: string;
  readonly name: string;
  /** Indicators this kab/kota has no value for. */
  readonly missing: readonly string[];
}

export interface DataRequest {
  readonly scenario: string;
  readonly indicators: readonly RequestIndicator[];
  readonly rows: readonly RequestRow[];
}

export const valueCol = (id: string) => `${id}.value`;
export const yearCol = (id: string) => `${id}.year`;
export const sourceCol = (id: string) => `${id}.source`;

/**
 * The request for a ranking: every indicator of a criterion that some candidate lacks, and every
 * candidate (kab/kota in scope that passed the constraints) lacking one of them. Null when
 * nothing is missing.
 */
export function buildDataRequest(
  scenario: Scenario,
  rows: readonly ScoredRow[],
  describe: (indicator: string) => { label: string; unit: string },
): DataRequest | null {
  const pool = rows.filter((r) => r.excluded === null || r.excluded.kind === 'missing');
  const byIndicator = new Map<string, number[]>();
  scenario.criteria.forEach((c, j) => {
    const ref = parseCriterionId(c.id);
    if (!ref || ref.kind === 'dist' || ref.kind === 'count') return;
    byIndicator.set(ref.indicator, [...(byIndicator.get(ref.indicator) ?? []), j]);
  });
  const missingOf = (r: ScoredRow) =>
    [...byIndicator.entries()].filter(([, js]) => js.some((j) => (r.raw[j] ?? null) === null)).map(([id]) => id);
  const lacking = pool
    .map((r) => ({ r, missing: missingOf(r) }))
    .filter((x) => x.missing.length > 0)
    .sort((a, b) => a.r.kemendagri_code.localeCompare(b.r.kemendagri_code));
  if (lacking.length === 0) return null;
  const used = [...byIndicator.keys()].filter((id) => lacking.some((x) => x.missing.includes(id)));
  return {
    scenario: scenario.name,
    indicators: used.map((id) => ({ id, ...describe(id) })),
    rows: lacking.map(({ r, missing }) => ({
      kemendagri_code: r.kemendagri_code,
      bps_code: r.bps_code,
      name: r.name,
      missing,
    })),
  };
}

export const unitCol = (id: string) => `${id}.unit`;

/**
 * Header and rows of the template: both codes and the name, then per indicator its unit (filled
 * in, to read), and the value, year and source to fill.
 */
export function dataRequestGrid(req: DataRequest): string[][] {
  const header = [
    'kemendagri_code',
    'bps_code',
    'name',
    ...req.indicators.flatMap((i) => [unitCol(i.id), valueCol(i.id), yearCol(i.id), sourceCol(i.id)]),
  ];
  return [
    header,
    ...req.rows.map((r) => [
      r.kemendagri_code,
      r.bps_code,
      r.name,
      ...req.indicators.flatMap((i) => [i.unit, '', '', '']),
    ]),
  ];
}

export type RefusalReason =
  | { readonly kind: 'unknown_code'; readonly code: string }
  | { readonly kind: 'other_region'; readonly code: string }
  | { readonly kind: 'bps_mismatch'; readonly bps: string; readonly code: string }
  | { readonly kind: 'no_source'; readonly indicator: string }
  | { readonly kind: 'no_year'; readonly indicator: string }
  | { readonly kind: 'not_a_number'; readonly indicator: string; readonly text: string }
  | { readonly kind: 'unknown_columns' };

export interface Refusal {
  /** Line of the CSV file or row of the sheet (1-based). */
  readonly line: number;
  readonly reason: RefusalReason;
}

export interface ReadRequest {
  readonly edits: Edit[];
  readonly refused: Refusal[];
}

export interface ReadContext {
  readonly regions: ReadonlyMap<string, RegionProps>;
  /** Kab/kota the values may be for: the candidates of the ranking the request came from. */
  readonly allowed: ReadonlySet<string>;
  readonly indicators: ReadonlyMap<string, { readonly units: readonly string[]; readonly allowNegative: boolean }>;
  readonly current: (indicator: string, code: string) => Edit['replaced'];
  readonly style: NumberStyle;
  readonly now: string;
}

/**
 * Reads a filled template (header first; each row with its line number). A row for an unknown
 * code, a kab/kota outside the request, or a BPS code that is not that kab/kota's is refused
 * whole; a value without its source or year, or not a number, is refused alone. Blank cells are
 * "not filled". Everything else becomes a typed value with the stated source and year.
 */
export function readDataRequest(
  lines: ReadonlyArray<{ readonly line: number; readonly cells: readonly string[] }>,
  ctx: ReadContext,
): ReadRequest {
  const [head, ...body] = lines;
  const header = (head?.cells ?? []).map((c) => c.trim());
  const col = (name: string) => header.indexOf(name);
  const ids = header.filter((h) => h.endsWith('.value')).map((h) => h.slice(0, -'.value'.length));
  const known = ids.filter((id) => ctx.indicators.has(id));
  if (col('kemendagri_code') < 0 || col('bps_code') < 0 || known.length === 0)
    return { edits: [], refused: [{ line: head?.line ?? 1, reason: { kind: 'unknown_columns' } }] };
  const edits: Edit[] = [];
  const refused: Refusal[] = [];
  for (const { line, cells } of body) {
    const cell = (name: string) => (col(name) < 0 ? '' : (cells[col(name)] ?? '').trim());
    if (cells.every((c) => c.trim() === '')) continue;
    const code = cell('kemendagri_code');
    const region = ctx.regions.get(code);
    if (!region) refused.push({ line, reason: { kind: 'unknown_code', code } });
    else if (region.bps_code !== cell('bps_code'))
      refused.push({ line, reason: { kind: 'bps_mismatch', bps: cell('bps_code'), code } });
    else if (!ctx.allowed.has(code)) refused.push({ line, reason: { kind: 'other_region', code } });
    else
      for (const id of known) {
        const text = cell(valueCol(id));
        if (text === '') continue;
        const def = ctx.indicators.get(id) as { units: readonly string[]; allowNegative: boolean };
        const entry = readEntry(text, {
          style: ctx.style,
          units: def.units,
          allowNegative: def.allowNegative,
          others: [],
        });
        const source = cell(sourceCol(id));
        const year = cell(yearCol(id));
        if (!entry.ok || entry.value === null)
          refused.push({ line, reason: { kind: 'not_a_number', indicator: id, text } });
        else if (source === '') refused.push({ line, reason: { kind: 'no_source', indicator: id } });
        else if (year === '') refused.push({ line, reason: { kind: 'no_year', indicator: id } });
        else
          edits.push({
            indicator: id,
            kemendagri_code: region.kemendagri_code,
            bps_code: region.bps_code,
            value: entry.value,
            year,
            source,
            entered_at: ctx.now,
            replaced: ctx.current(id, region.kemendagri_code),
          });
      }
  }
  return { edits, refused };
}

/** A CSV template's text as numbered rows: `#` instruction lines are skipped, line numbers kept. */
export function csvLines(text: string): Array<{ line: number; cells: string[] }> {
  const out: Array<{ line: number; cells: string[] }> = [];
  text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      if (raw.trim() === '' || /^"?#/.test(raw)) return;
      out.push({ line: i + 1, cells: csvParseRows(raw)[0] ?? [] });
    });
  return out;
}
