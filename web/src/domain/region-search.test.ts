import { describe, expect, it } from 'vitest';
import type { RegionProps } from './dataset-types';
import { normaliseRegionName, searchRegions } from './region-search';

const r = (kemendagri_code: string, bps_code: string, name: string): RegionProps => ({
  kemendagri_code,
  bps_code,
  name,
  kind: name.startsWith('Kota') ? 'kota' : 'kabupaten',
  kemendagri_prov_code: kemendagri_code.slice(0, 2),
  bps_prov_code: bps_code.slice(0, 2),
  label_lon: 0,
  label_lat: 0,
});
// Real Sulteng pairs (crosswalk): the two code systems disagree for these.
const regions = [
  r('72.03', '7205', 'Kabupaten Donggala'),
  r('72.04', '7206', 'Kabupaten Toli-Toli'),
  r('72.06', '7203', 'Kabupaten Morowali'),
  r('72.12', '7212', 'Kabupaten Morowali Utara'),
  r('72.09', '7209', 'Kabupaten Tojo Una Una'),
  r('72.71', '7271', 'Kota Palu'),
];

describe('searchRegions', () => {
  it('reads 4 digits as BPS and dotted codes as Kemendagri, never one as the other', () => {
    expect(searchRegions('7203', regions).map((h) => h.region.name)).toEqual(['Kabupaten Morowali']);
    expect(searchRegions('72.03', regions).map((h) => h.region.name)).toEqual(['Kabupaten Donggala']);
    expect(searchRegions('7206', regions)[0]?.region.name).toBe('Kabupaten Toli-Toli');
    expect(searchRegions('72.06', regions)[0]?.region.name).toBe('Kabupaten Morowali');
    expect(searchRegions('7203', regions)[0]?.matchedBy).toBe('bps');
  });

  it('matches spelling variants and ranks exact names first', () => {
    expect(searchRegions('Tolitoli', regions)[0]?.region.kemendagri_code).toBe('72.04');
    expect(searchRegions('KAB. TOJO UNA-UNA', regions)[0]?.region.kemendagri_code).toBe('72.09');
    expect(searchRegions('morowali', regions).map((h) => h.region.kemendagri_code)).toEqual(['72.06', '72.12']);
    expect(searchRegions('palu', regions)[0]?.region.name).toBe('Kota Palu');
    expect(searchRegions('  ', regions)).toEqual([]);
  });

  it('normalises prefixes, case and punctuation', () => {
    expect(normaliseRegionName('Kabupaten Toli-Toli')).toBe(normaliseRegionName('KAB. TOLITOLI'));
    expect(normaliseRegionName('Kota Palu')).toBe('kotapalu');
  });
});
