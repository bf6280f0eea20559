import type { RegionProps } from '../dataset-types';
import { type NumberStyle, parseNumber } from './parse-number';
import type { RawTable } from './raw-table';
import type { MatchReport } from './region-matcher';
import type { UserImport, UserIndicatorDef, UserPoint, UserValue } from './user-dataset';

export interface ValueColumnChoice {
  readonly index: number;
  readonly style: NumberStyle;
  readonly def: UserIndicatorDef;
  /** How rows naming the same kab/kota combine (a desa-level table); one row per kab/kota needs none. */
  readonly aggregate?: 'sum' | 'mean';
}

/** A cell that could not be read, named by its line and column for the message. */
export interface CellProblem {
  readonly line: number;
  readonly column: string;
  readonly text: string;
}

/**
 * Turns a matched table into an import: one value per kab/kota and chosen column (rows naming the
 * same kab/kota are summed or averaged). Cells that are not numbers are reported (line and
 * column), never read as zero; blank and "-" cells are "no value" and add nothing.
 */
export function buildTableImport(args: {
  readonly id: string;
  readonly fileName: string;
  readonly importedAt: string;
  readonly table: RawTable;
  readonly report: MatchReport;
  readonly columns: readonly ValueColumnChoice[];
  readonly regions: ReadonlyMap<string, RegionProps>;
}): { import: UserImport; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const acc = args.columns.map(() => new Map<string, { sum: number; n: number }>());
  args.table.rows.forEach((row, i) => {
    const m = args.report.matches[i];
    if (m?.status !== 'matched' || !args.regions.has(m.code)) return;
    args.columns.forEach((c, j) => {
      const text = row[c.index] ?? '';
      const p = parseNumber(text, c.style);
      if (!p.ok) problems.push({ line: args.table.headerLine + 1 + i, column: args.table.header[c.index] ?? '', text });
      else if (p.value !== null) {
        const a = acc[j]?.get(m.code) ?? { sum: 0, n: 0 };
        acc[j]?.set(m.code, { sum: a.sum + p.value, n: a.n + 1 });
      }
    });
  });
  const values: UserValue[] = [];
  args.columns.forEach((c, j) => {
    for (const [code, { sum, n }] of acc[j] ?? []) {
      const region = args.regions.get(code) as RegionProps;
      values.push({
        kemendagri_code: code,
        bps_code: region.bps_code,
        indicator: c.def.id,
        value: c.aggregate === 'mean' ? sum / n : sum,
      });
    }
  });
  return {
    import: {
      id: args.id,
      fileName: args.fileName,
      importedAt: args.importedAt,
      kind: 'table',
      indicators: args.columns.map((c) => c.def),
      values,
      points: [],
      table: { header: ['kemendagri_code', 'bps_code', ...args.table.header], rows: tableRows(args) },
    },
    problems,
  };
}

/** The matched rows with both codes in front, for the SQL workbench. */
function tableRows(args: {
  readonly report: MatchReport;
  readonly table: RawTable;
  readonly regions: ReadonlyMap<string, RegionProps>;
}): string[][] {
  const out: string[][] = [];
  args.table.rows.forEach((row, i) => {
    const m = args.report.matches[i];
    if (m?.status !== 'matched') return;
    const r = args.regions.get(m.code);
    out.push([m.code, r?.bps_code ?? '', ...row]);
  });
  return out;
}

export type Aggregate = 'count' | 'sum' | 'mean';

/**
 * Points (lat/lon columns or GeoJSON points) located in kab/kota by `locate` (point-in-polygon)
 * and aggregated per kab/kota: a count, and the sum or mean of chosen numeric columns. Points in
 * no kab/kota (at sea, outside Indonesia) are kept on the map and counted as unlocated.
 */
export function buildPointImport(args: {
  readonly id: string;
  readonly fileName: string;
  readonly importedAt: string;
  readonly table: RawTable;
  readonly lonIndex: number;
  readonly latIndex: number;
  readonly labelIndex: number | null;
  readonly count: UserIndicatorDef | null;
  readonly measures: readonly (ValueColumnChoice & { readonly aggregate: 'sum' | 'mean' })[];
  readonly regions: ReadonlyMap<string, RegionProps>;
  readonly locate: (lon: number, lat: number) => string | null;
}): { import: UserImport; problems: CellProblem[]; unlocated: number } {
  const problems: CellProblem[] = [];
  const points: UserPoint[] = [];
  const counts = new Map<string, number>();
  const sums = args.measures.map(() => new Map<string, { sum: number; n: number }>());
  const tableOut: string[][] = [];
  args.table.rows.forEach((row, i) => {
    const line = args.table.headerLine + 1 + i;
    const lon = parseNumber(row[args.lonIndex] ?? '', 'en');
    const lat = parseNumber(row[args.latIndex] ?? '', 'en');
    if (!lon.ok || !lat.ok || lon.value === null || lat.value === null) {
      problems.push({
        line,
        column: args.table.header[args.lonIndex] ?? 'lon',
        text: `${row[args.lonIndex]} ${row[args.latIndex]}`,
      });
      return;
    }
    const code = args.locate(lon.value, lat.value) ?? '';
    points.push({
      lon: lon.value,
      lat: lat.value,
      label: args.labelIndex === null ? '' : (row[args.labelIndex] ?? ''),
      located_in: code,
    });
    tableOut.push([code, args.regions.get(code)?.bps_code ?? '', ...row]);
    if (code === '') return;
    counts.set(code, (counts.get(code) ?? 0) + 1);
    args.measures.forEach((m, j) => {
      const p = parseNumber(row[m.index] ?? '', m.style);
      if (!p.ok) problems.push({ line, column: args.table.header[m.index] ?? '', text: row[m.index] ?? '' });
      else if (p.value !== null) {
        const acc = sums[j]?.get(code) ?? { sum: 0, n: 0 };
        sums[j]?.set(code, { sum: acc.sum + p.value, n: acc.n + 1 });
      }
    });
  });
  const values: UserValue[] = [];
  const push = (code: string, indicator: string, value: number) => {
    const r = args.regions.get(code);
    if (r) values.push({ kemendagri_code: code, bps_code: r.bps_code, indicator, value });
  };
  if (args.count) for (const [code, n] of counts) push(code, args.count.id, n);
  args.measures.forEach((m, j) => {
    for (const [code, { sum, n }] of sums[j] ?? []) push(code, m.def.id, m.aggregate === 'sum' ? sum : sum / n);
  });
  return {
    import: {
      id: args.id,
      fileName: args.fileName,
      importedAt: args.importedAt,
      kind: 'points',
      indicators: [...(args.count ? [args.count] : []), ...args.measures.map((m) => m.def)],
      values,
      points,
      table: { header: ['kemendagri_code', 'bps_code', ...args.table.header], rows: tableOut },
    },
    problems,
    unlocated: points.filter((p) => p.located_in === '').length,
  };
}
