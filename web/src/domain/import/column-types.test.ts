import { describe, expect, it } from 'vitest';
import { aliases, regions } from '../../testing/test-data';
import { guessRegionColumn, knownCodes, knownCodesOf, profileColumns } from './column-types';
import { readCsvTable } from './raw-table';
import { createRegionMatcher, matchColumn } from './region-matcher';

const known = knownCodesOf(regions);
const sulteng = regions.filter((r) => r.kemendagri_prov_code === '72');
// A researcher's IPM table for Sulawesi Tengah, English decimals (so 73.12 looks like a code).
const IPM = [
  'Kabupaten/Kota,IPM 2023,Kemiskinan (%) 2023',
  ...sulteng.map(
    (r, i) =>
      `${r.name},${r.name === 'Kabupaten Morowali' ? '73.12' : (66 + i * 0.61).toFixed(2)},${(10 + i * 0.53).toFixed(2)}`,
  ),
].join('\n');

describe('column types: value columns that look like codes stay values', () => {
  it('an IPM table imports 13/13 by name, IPM and poverty as values; Morowali 73.12 is never Soppeng', () => {
    const t = readCsvTable(IPM);
    const p = profileColumns(t, 'en', known);
    expect(p.map((c) => c.kind)).toEqual(['region_name', 'number', 'number']);
    expect(guessRegionColumn(p)).toBe(0);
    const report = matchColumn(
      createRegionMatcher(sulteng, aliases),
      t.rows.map((r) => r[0] ?? ''),
      'name',
    );
    expect(report.matched).toBe(13);
    const codes = report.matches.map((m) => (m.status === 'matched' ? m.code : null));
    expect(t.rows[codes.indexOf('72.06')]?.[1]).toBe('73.12'); // Morowali keeps its IPM
    expect(codes).not.toContain('73.12'); // and nothing is joined to Soppeng
  });

  it('a column of 4-digit tonnages stays a value; a BPS code column is still found', () => {
    const csv = [
      'kode_bps,Kabupaten,Produksi kopra (ton)',
      ...sulteng.map((r, i) => `${r.bps_code},${r.name},${1250 + i * 719}`),
    ].join('\n');
    const p = profileColumns(readCsvTable(csv), 'en', known);
    expect(p.map((c) => c.kind)).toEqual(['bps_code', 'region_name', 'number']);
    expect(p[0]?.reason).toBe('header');
  });

  it('real codes without a code header are recognised, with the reason', () => {
    const csv = ['wilayah_adm,nilai', ...sulteng.map((r, i) => `${r.kemendagri_code},${i}`)].join('\n');
    const p = profileColumns(readCsvTable(csv), 'en', known);
    expect(p[0]).toMatchObject({ kind: 'kemendagri_code', reason: 'real_codes' });
  });

  it('a code-like column whose values are not codes of the scope is not picked as the key', () => {
    const csv = ['Nama,Skor', ...sulteng.map((r, i) => `${r.name},${(60 + i).toFixed(0)}.${(10 + i).toFixed(0)}`)].join(
      '\n',
    );
    const p = profileColumns(readCsvTable(csv), 'en', known);
    expect(p[1]?.kind).toBe('number');
    expect(guessRegionColumn(p)).toBe(0);
  });
});

describe('a header naming a quantity keeps code-like values as values', () => {
  it('"Produksi (ton)" with values that are all real BPS codes is a number; "kode" still makes codes', () => {
    const rows = ['7201', '7202', '7203', '7204', '7205'].map((c, i) => [`Kab ${i}`, c, c]);
    const table = { header: ['Kabupaten', 'Produksi (ton)', 'kode'], rows, preamble: [], headerLine: 1, ragged: [] };
    const known = knownCodes({ bps: ['7201', '7202', '7203', '7204', '7205'], kemendagri: [] });
    const p = profileColumns(table, 'en', known);
    expect(p[1]?.kind).toBe('number');
    expect(p[2]).toMatchObject({ kind: 'bps_code', reason: 'header' });
  });
});
