import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { createObservationIndex } from '../../data/observation-index';
import { parseCatalog, parseJson, parseObservations } from '../../data/parse-files';
import { aliases, regionGeometry, regions, regionsByCode } from '../../testing/test-data';
import { buildTableImport } from '../import/build-import';
import { profileColumns } from '../import/column-types';
import { readImportFile } from '../import/read-file';
import { createRegionMatcher, matchColumn } from '../import/region-matcher';
import { buildCandidates } from '../scoring/candidates';
import { scoreOracle } from '../scoring/oracle';
import { requiredColumns, type Scenario } from '../scoring/scenario';
import { type ExportTable, toCsv, toGeoJson, toXlsx } from './export-table';
import { rankingExport } from './ranking-export';

const root = resolve(import.meta.dirname, '../../../..');
const pub = (f: string) => readFileSync(resolve(root, 'public/data', f), 'utf8');
const catalog = parseCatalog('catalog.json', parseJson('catalog.json', pub('catalog.json')));
const index = createObservationIndex(parseObservations('observations.csv', pub('observations.csv')));
const scenario: Scenario = {
  version: 1,
  name: 'Uji, "ekspor"; kelapa',
  scope: { provinces: ['72'] },
  method: 'wlc',
  criteria: [
    { id: 'ind:pop_2024', direction: 'benefit', normalisation: { kind: 'minmax' }, weight: 2, missing: 'worst' },
    {
      id: 'ind:kelapa_production',
      direction: 'benefit',
      normalisation: { kind: 'minmax' },
      weight: 1,
      missing: 'worst',
    },
  ],
  constraints: [{ kind: 'region_kind', allow: ['kabupaten'] }],
  top_n: 3,
};
const rows = scoreOracle(
  scenario,
  buildCandidates(regions, (ind, code) => index.headline(ind).get(code)?.value ?? null, [], requiredColumns(scenario)),
);
const table = rankingExport(scenario, rows, catalog);
const geometry = new Map(regionGeometry.features.map((f) => [f.properties.kemendagri_code, f.geometry]));
const bytes = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;

/** Re-imports an exported file with the app's importer and returns code → value per numeric column. */
async function reimport(name: string, data: ArrayBuffer) {
  const r = await readImportFile(name, data);
  const profiles = profileColumns(r.table, r.fallbackStyle);
  const code = r.table.header.indexOf('kemendagri_code');
  expect(profiles[code]?.kind).toBe('kemendagri_code');
  const report = matchColumn(
    createRegionMatcher(regions, aliases),
    r.table.rows.map((row) => row[code] ?? ''),
  );
  const cols = ['score', 'raw:ind:pop_2024', 'raw:ind:kelapa_production'].map((c) => r.table.header.indexOf(c));
  const { import: imp, problems } = buildTableImport({
    id: 'rt',
    fileName: name,
    importedAt: '2026-11-22T00:00:00Z',
    table: r.table,
    report,
    columns: cols.map((index, j) => ({
      index,
      style: 'en' as const,
      def: { id: `c${j}`, label: '', unit: '', year: '', source: 'export', column: '' },
    })),
    regions: regionsByCode,
  });
  expect(problems).toEqual([]);
  expect(report.matched).toBe(13);
  return { preamble: r.table.preamble, values: imp.values };
}

function expected(t: ExportTable) {
  const out = [];
  const code = t.columns.indexOf('kemendagri_code');
  for (const [j, c] of ['score', 'raw:ind:pop_2024', 'raw:ind:kelapa_production'].entries())
    for (const r of t.rows) {
      const v = r[t.columns.indexOf(c)];
      if (typeof v === 'number') out.push({ code: String(r[code]), ind: `c${j}`, v });
    }
  return out.sort((a, b) => `${a.ind}${a.code}`.localeCompare(`${b.ind}${b.code}`));
}
const got = (values: readonly { kemendagri_code: string; indicator: string; value: number }[]) =>
  values
    .map((v) => ({ code: v.kemendagri_code, ind: v.indicator, v: v.value }))
    .sort((a, b) => `${a.ind}${a.code}`.localeCompare(`${b.ind}${b.code}`));

describe('exports re-import to the same values', () => {
  it('carries the scenario and sources as metadata', () => {
    const keys = table.meta.map(([k]) => k);
    expect(keys).toContain('criterion 1');
    expect(table.meta.find(([k]) => k === 'source of criterion 1')?.[1]).toMatch(
      /514\/514 kab\/kota with a value; years 2024/,
    );
    expect(table.rows).toHaveLength(13);
  });
  it('CSV (metadata as # lines above the header)', async () => {
    const csv = toCsv(table);
    const back = await reimport('ranking.csv', bytes(csv));
    expect(back.preamble[0]).toBe('scenario: Uji, "ekspor"; kelapa');
    expect(got(back.values)).toEqual(expected(table));
  });
  it('CSV metadata lines are unquoted: a strict parser that skips "#" lines reads the ranking', () => {
    const csv = toCsv(table);
    const lines = csv.split('\n');
    expect(lines.filter((l) => l.startsWith('"#'))).toEqual([]);
    const body = lines.filter((l) => !l.startsWith('#')).join('\n');
    const parsed = csvParse(body);
    expect(parsed.columns.slice(0, 7)).toEqual([
      'rank',
      'kemendagri_code',
      'bps_code',
      'name',
      'score',
      'tie_group',
      'imputed',
    ]);
    expect(parsed).toHaveLength(13);
    expect(parsed.every((r) => Object.keys(r).length === parsed.columns.length)).toBe(true);
    expect(parsed[0]?.rank).toBe('1');
  });
  it('CSV cells a spreadsheet would run as formulas are neutralised and survive a re-import', async () => {
    const evil: ExportTable = {
      columns: ['kemendagri_code', 'note', 'value'],
      rows: [
        ['72.01', '=cmd|" /C calc"!A0', -5],
        ['72.02', '@SUM(A1)', 3],
        ['72.03', '+1', 2],
      ],
      meta: [],
    };
    const csv = toCsv(evil);
    expect(csv).toContain(`"'=cmd|"" /C calc""!A0"`);
    expect(csv).toContain(`'@SUM(A1)`);
    expect(csv).toContain('72.01,');
    expect(csv).toMatch(/,-5\n/); // numbers are left alone
    const back = await readImportFile('evil.csv', bytes(csv));
    expect(back.table.rows.map((r) => r[1])).toEqual(['=cmd|" /C calc"!A0', '@SUM(A1)', '+1']);
  });
  it('XLSX (data sheet first, metadata sheet second)', async () => {
    const blob = await toXlsx(table);
    const back = await reimport('ranking.xlsx', await blob.arrayBuffer());
    expect(got(back.values)).toEqual(expected(table));
  });
  it('GeoJSON with each kab/kota geometry', async () => {
    const fc = toGeoJson(table, (c) => geometry.get(c) ?? null);
    expect(fc.features.every((f) => f.geometry !== null)).toBe(true);
    expect(fc.metadata.method).toBe('WLC');
    const back = await reimport('ranking.geojson', bytes(JSON.stringify(fc)));
    expect(got(back.values)).toEqual(expected(table));
  });
});
