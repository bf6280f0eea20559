import { describe, expect, it } from 'vitest';
import { buildCandidates } from '../domain/scoring/candidates';
import { buildDataRequest, csvLines, type ReadContext, readDataRequest } from '../domain/scoring/data-request';
import { dataRequestCsv } from '../domain/scoring/data-request-file';
import { scoreOracle } from '../domain/scoring/oracle';
import { requiredColumns } from '../domain/scoring/scenario';
import { exampleScenario, facilities, headline, regions } from './embedded-data';

// Issue 13, item 6: the gap closed at its source. On the shipped example (Sulawesi Tengah).
const rows = scoreOracle(
  exampleScenario,
  buildCandidates(regions, headline, facilities, requiredColumns(exampleScenario)),
);
const req = buildDataRequest(exampleScenario, rows, (id) => ({ label: id, unit: 'ton' }));
const byCode = new Map(regions.map((r) => [r.kemendagri_code, r]));
const ctx = (allowed: string[]): ReadContext => ({
  regions: byCode,
  allowed: new Set(allowed),
  indicators: new Map([['kelapa_production', { units: ['ton', 'ton'], allowNegative: false }]]),
  current: () => null,
  style: 'id',
  now: '2026-12-03T00:00:00Z',
});

describe('Minta data on the Sulawesi Tengah example', () => {
  it('asks for coconut production of the 10 candidates without a value, with both codes', () => {
    expect(req?.indicators.map((i) => i.id)).toContain('kelapa_production');
    const coconut = req?.rows.filter((r) => r.missing.includes('kelapa_production')) ?? [];
    expect(coconut).toHaveLength(10);
    expect(coconut.map((r) => r.kemendagri_code)).not.toContain('72.01'); // Banggai has its value
    const poso = coconut.find((r) => r.kemendagri_code === '72.02');
    expect(poso).toMatchObject({ bps_code: '7204', name: 'Kabupaten Poso' });
  });

  it('reads a filled CSV back: sourced values become typed values; bad rows are refused with their line', () => {
    if (!req) throw new Error('no request');
    const csv = dataRequestCsv(req, ['instruksi satu', 'instruksi dua']);
    const lines = csv.trim().split('\n');
    const header = lines[2] as string;
    const cols = header.split(',');
    // The unit is filled in per row, to read; value, year and source are left to fill.
    expect(cols.slice(3, 7)).toEqual([
      'kelapa_production.unit',
      'kelapa_production.value',
      'kelapa_production.year',
      'kelapa_production.source',
    ]);
    expect(lines[3]?.split(',')[3]).toBe('ton');
    const at = (name: string) => cols.indexOf(name);
    const fill = (code: string, value: string, year: string, source: string) => {
      const i = lines.findIndex((l) => l.startsWith(`${code},`));
      const cells = (lines[i] as string).split(',');
      cells[at('kelapa_production.value')] = value;
      cells[at('kelapa_production.year')] = year;
      cells[at('kelapa_production.source')] = source === '' ? '' : `"${source}"`;
      lines[i] = cells.join(',');
      return i + 1;
    };
    fill('72.02', '12.500', '2023', 'BPS Kabupaten Poso, Poso Dalam Angka 2024');
    fill('72.06', '"8.120,5"', '2023', 'Dinas Pertanian Morowali');
    const noSource = fill('72.05', '3000', '2023', '');
    lines.push('73.12,7312,Soppeng,100,2023,x'); // another province: not a candidate
    lines.push('99.99,9999,Nowhere,1,2023,x');
    const read = readDataRequest(
      csvLines(`${lines.join('\n')}\n`),
      ctx(rows.filter((r) => r.rank !== null).map((r) => r.kemendagri_code)),
    );
    expect(read.edits.map((e) => [e.kemendagri_code, e.value, e.year])).toEqual([
      ['72.02', 12500, '2023'],
      ['72.06', 8120.5, '2023'],
    ]);
    expect(read.edits[0]?.source).toBe('BPS Kabupaten Poso, Poso Dalam Angka 2024');
    expect(read.refused).toEqual([
      { line: noSource, reason: { kind: 'no_source', indicator: 'kelapa_production' } },
      { line: lines.length - 1, reason: { kind: 'other_region', code: '73.12' } },
      { line: lines.length, reason: { kind: 'unknown_code', code: '99.99' } },
    ]);
  });

  it('a file that is not a template is refused as a whole, and a BPS code of another kab/kota is named', () => {
    expect(readDataRequest(csvLines('a,b\n1,2\n'), ctx([])).refused[0]?.reason.kind).toBe('unknown_columns');
    const r = readDataRequest(
      csvLines(
        'kemendagri_code,bps_code,name,kelapa_production.value,kelapa_production.year,kelapa_production.source\n72.06,7206,x,5,2023,s\n',
      ),
      ctx(['72.06']),
    );
    // 7206 is Toli-Toli's BPS code; 72.06 is Morowali (BPS 7203): never joined one on the other.
    expect(r.refused).toEqual([{ line: 2, reason: { kind: 'bps_mismatch', bps: '7206', code: '72.06' } }]);
  });
});
