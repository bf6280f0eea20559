import { describe, expect, it } from 'vitest';
import { aliases, fixture, regionGeometry, regions, regionsByCode } from '../../testing/test-data';
import { buildPointImport, buildTableImport } from './build-import';
import { guessRegionColumn, profileColumns } from './column-types';
import { createLocator } from './locate';
import { readImportFile } from './read-file';
import { createRegionMatcher, matchColumn } from './region-matcher';

const buf = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const sulteng = regions.filter((r) => r.kemendagri_prov_code === '72');
const matcher = createRegionMatcher(sulteng, aliases, ['Sulawesi Tengah']);
const def = (id: string, column: string) => ({ id, label: column, unit: 'jiwa', year: '2024', source: 'uji', column });

describe('table import', () => {
  it('matches a BPS-style table, skips the total row, and takes a user fix', async () => {
    const r = await readImportFile('sulteng.csv', buf(fixture('sulteng-penduduk-id.csv')));
    const profiles = profileColumns(r.table, r.fallbackStyle);
    const col = guessRegionColumn(profiles) ?? -1;
    const cells = r.table.rows.map((row) => row[col] ?? '');
    const report = matchColumn(matcher, cells);
    expect([report.matched, report.unmatched, report.totals]).toEqual([12, 1, 1]);
    const parimo = cells.indexOf('KAB. PARIMO');
    expect(report.matches[parimo]?.status).toBe('unmatched');
    const fixed = matchColumn(matcher, cells, report.system, new Map([[parimo, '72.08']]));
    const { import: imp, problems } = buildTableImport({
      id: 't1',
      fileName: 'sulteng.csv',
      importedAt: '2026-11-22T10:00:00Z',
      table: r.table,
      report: fixed,
      columns: [
        { index: 1, style: profiles[1]?.style ?? 'id', def: def('user_t1_pop', 'Penduduk 2024 (jiwa)') },
        { index: 3, style: 'id', def: def('user_t1_sentra', 'Sentra binaan') },
      ],
      regions: regionsByCode,
    });
    expect(problems).toEqual([]);
    const pop = new Map(imp.values.filter((v) => v.indicator === 'user_t1_pop').map((v) => [v.kemendagri_code, v]));
    expect(pop.size).toBe(13);
    expect(pop.get('72.71')?.value).toBe(395291);
    expect(pop.get('72.08')?.value).toBe(461576);
    expect(pop.get('72.06')?.bps_code).toBe('7203');
    // "-" cells are no value: fewer sentra rows than kab/kota, none of them zero-filled.
    const sentra = imp.values.filter((v) => v.indicator === 'user_t1_sentra');
    expect(sentra.length).toBe(9);
  });
  it('reports a non-numeric cell with its line and column', async () => {
    const text = 'kode_bps,nilai\n7203,12\n7271,dua belas\n';
    const r = await readImportFile('x.csv', new TextEncoder().encode(text).buffer as ArrayBuffer);
    const report = matchColumn(
      matcher,
      r.table.rows.map((row) => row[0] ?? ''),
    );
    const { problems, import: imp } = buildTableImport({
      id: 'x',
      fileName: 'x.csv',
      importedAt: '2026-11-22T10:00:00Z',
      table: r.table,
      report,
      columns: [{ index: 1, style: 'en', def: def('user_x_nilai', 'nilai') }],
      regions: regionsByCode,
    });
    expect(problems).toEqual([{ line: 3, column: 'nilai', text: 'dua belas' }]);
    expect(imp.values).toHaveLength(1);
  });
});

describe('point import', () => {
  it('locates points in kab/kota, counts and sums them, and keeps points at sea unlocated', async () => {
    const r = await readImportFile('u.csv', buf(fixture('ikm-units-points.csv')));
    const out = buildPointImport({
      id: 'p',
      fileName: 'u.csv',
      importedAt: '2026-11-22T10:00:00Z',
      table: r.table,
      lonIndex: 2,
      latIndex: 1,
      labelIndex: 0,
      count: def('user_p_count', 'count'),
      measures: [{ index: 3, style: 'en', aggregate: 'sum', def: def('user_p_tk', 'tenaga_kerja') }],
      regions: regionsByCode,
      locate: createLocator(regionGeometry.features),
    });
    const get = (ind: string, code: string) =>
      out.import.values.find((v) => v.indicator === ind && v.kemendagri_code === code)?.value;
    expect(get('user_p_count', '72.71')).toBe(2);
    expect(get('user_p_tk', '72.71')).toBe(17);
    expect(get('user_p_count', '72.01')).toBe(1);
    expect(out.unlocated).toBe(1);
    expect(out.import.points).toHaveLength(4);
  });
});

describe('desa-level tables', () => {
  it('sums (or averages) the rows of one kab/kota', async () => {
    const text = 'kabupaten;ikm;upah\nKAB. BANGGAI;3;10\nKAB. BANGGAI;4;20\nKOTA PALU;5;-\n';
    const r = await readImportFile('d.csv', new TextEncoder().encode(text).buffer as ArrayBuffer);
    const report = matchColumn(
      matcher,
      r.table.rows.map((row) => row[0] ?? ''),
    );
    expect(report.duplicates).toEqual([1]);
    const { import: imp } = buildTableImport({
      id: 'd',
      fileName: 'd.csv',
      importedAt: '2026-11-22T00:00:00Z',
      table: r.table,
      report,
      columns: [
        { index: 1, style: 'id', aggregate: 'sum', def: def('user_d_ikm', 'ikm') },
        { index: 2, style: 'id', aggregate: 'mean', def: def('user_d_upah', 'upah') },
      ],
      regions: regionsByCode,
    });
    const v = (ind: string, code: string) =>
      imp.values.find((x) => x.indicator === ind && x.kemendagri_code === code)?.value;
    expect(v('user_d_ikm', '72.01')).toBe(7);
    expect(v('user_d_upah', '72.01')).toBe(15);
    expect(v('user_d_upah', '72.71')).toBeUndefined(); // "-" is no value, not zero
  });
});

describe('region column guess', () => {
  it('prefers the kab/kota column over village names and codes', async () => {
    const text =
      'kode_desa;nama_desa;kabupaten;jumlah_ikm\n72.01.01.2001;Desa Satu;KAB. BANGGAI;3\n72.71.01.1001;Kel. Dua;KOTA PALU;4\n';
    const r = await readImportFile('d.csv', new TextEncoder().encode(text).buffer as ArrayBuffer);
    expect(guessRegionColumn(profileColumns(r.table, r.fallbackStyle))).toBe(2);
  });
});
