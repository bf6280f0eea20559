import { describe, expect, it } from 'vitest';
import { guessRegionColumn, knownCodesOf, profileColumns, withColumnTypes } from '../../domain/import/column-types';
import type { RawTable } from '../../domain/import/raw-table';
import { regions } from '../../engine/embedded-data';
import type { Staged } from '../../store/import-slice';
import { retypedStaged } from './retype-column';

// Sulteng kab/kota names, then a column with a bare header whose values happen to be real BPS
// codes (7201, 7202…): detection takes it for codes; the user says it is a number (tonnes).
const sulteng = regions.filter((r) => r.kemendagri_prov_code === '72');
const table: RawTable = {
  header: ['Kabupaten', 'B', 'Catatan'],
  rows: sulteng.map((r, i) => [r.name, r.bps_code, i === 0 ? 'angka sementara' : '']),
  preamble: [],
  headerLine: 1,
  ragged: [],
};

function staged(): Staged {
  const profiles = profileColumns(table, 'id', knownCodesOf(regions));
  return {
    fileName: 'produksi.csv',
    data: new ArrayBuffer(0),
    read: { format: 'csv', table, sheets: [], sheet: '', fallbackStyle: 'id', delimiter: ',', nonPointFeatures: 0 },
    profiles,
    types: {},
    mode: 'table',
    regionColumn: guessRegionColumn(profiles),
    system: 'bps',
    scope: '72',
    fixes: new Map([[0, '72.01']]),
    style: 'id',
    styleCertain: false,
    columns: {},
    lonColumn: null,
    latColumn: null,
    labelColumn: null,
    source: '',
    year: '',
  };
}

describe('a column type the user sets', () => {
  it('detection reads the code-like tonnages as the BPS key; set to a number they become a value, and the names the key', () => {
    const s = staged();
    expect(s.profiles[1]?.kind).toBe('bps_code');
    expect(s.profiles[1]?.reason).toBe('real_codes');
    expect(s.regionColumn).toBe(1);
    const next = { ...s, ...retypedStaged(s, 1, 'number') };
    expect(next.regionColumn).toBe(0);
    expect(next.system).toBe('name');
    expect(next.columns[1]).toEqual({ on: true, label: 'B', unit: '', aggregate: 'sum' });
    expect(next.fixes.size).toBe(0); // fixes were for the old key
    // The effective profiles say what the user set and keep what detection said.
    const eff = withColumnTypes(next.profiles, next.types);
    expect(eff[1]).toMatchObject({ kind: 'number', detected: 'bps_code' });
    expect(eff[1]).not.toHaveProperty('reason');
  });

  it('a column set to a key becomes the key in that system; ignored, it leaves both lists', () => {
    const s = { ...staged(), ...retypedStaged(staged(), 1, 'number') };
    const asKey = { ...s, ...retypedStaged(s, 1, 'kemendagri_code') };
    expect(asKey.regionColumn).toBe(1);
    expect(asKey.system).toBe('kemendagri');
    expect(asKey.columns[1]).toBeUndefined();
    const ignored = { ...s, ...retypedStaged(s, 0, 'ignore') };
    expect(ignored.regionColumn).not.toBe(0);
    expect(ignored.regionColumn === null || ignored.regionColumn === 2).toBe(true);
    expect(ignored.columns[1]?.on).toBe(true);
  });
});
