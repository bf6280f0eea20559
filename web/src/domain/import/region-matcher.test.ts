import { describe, expect, it } from 'vitest';
import { aliases, regions } from '../../testing/test-data';
import { createRegionMatcher, detectCodeSystem, matchColumn, normaliseName } from './region-matcher';

const provinces = ['Sulawesi Tengah', 'Sulawesi Barat'];
const matcher = createRegionMatcher(regions, aliases, provinces);
const code = (cell: string, system: 'bps' | 'kemendagri' | 'name' = 'name') => {
  const m = matcher.match(cell, system);
  return m.status === 'matched' ? m.code : m.status;
};

describe('region matcher', () => {
  it('never reads a BPS code as a Kemendagri code or the reverse', () => {
    expect(code('7203', 'bps')).toBe('72.06'); // Morowali
    expect(code('72.03', 'kemendagri')).toBe('72.03'); // Donggala
    expect(code('72.06', 'bps')).toBe('unmatched');
    expect(code('7206', 'kemendagri')).toBe('unmatched');
  });
  it('decides the code system per column', () => {
    expect(detectCodeSystem(['7201', '7202', '7271'])).toBe('bps');
    expect(detectCodeSystem(['72.01', '72.10', '72.71'])).toBe('kemendagri');
    expect(detectCodeSystem(['Kota Palu', 'Sigi'])).toBe('name');
  });
  it('normalises prefixes, case, hyphens and spaces', () => {
    expect(normaliseName('KAB. TOLI-TOLI')).toBe(normaliseName('Kabupaten Tolitoli'));
    expect(code('KAB. TOLITOLI')).toBe('72.04');
    expect(code('Kab Tojo Una-Una')).toBe('72.09');
    expect(code('KOTA PALU')).toBe('72.71');
    expect(code('Palu')).toBe('72.71');
  });
  it('keeps Kota and Kabupaten of the same name apart', () => {
    const bima = regions.filter((r) => /Bima$/.test(r.name));
    expect(bima).toHaveLength(2);
    const kota = bima.find((r) => r.kind === 'kota');
    const kab = bima.find((r) => r.kind === 'kabupaten');
    expect(code('Kota Bima')).toBe(kota?.kemendagri_code);
    expect(code('Kabupaten Bima')).toBe(kab?.kemendagri_code);
  });
  it('knows renamed districts from the crosswalk', () => {
    expect(code('Mamuju Utara')).toBe('76.01'); // Pasangkayu
    expect(code('Toba Samosir')).toBe('12.12');
  });
  it('tells a province total from a kabupaten of the same name', () => {
    const m = createRegionMatcher(regions, aliases, ['Gorontalo']);
    const kab = regions.find((r) => r.name === 'Kabupaten Gorontalo')?.kemendagri_code;
    expect(m.match('KAB. GORONTALO', 'name')).toEqual({ status: 'matched', code: kab, via: 'name' });
    expect(m.match('Gorontalo', 'name')).toEqual({ status: 'unmatched', suggestions: [kab] });
    expect(m.match('PROVINSI GORONTALO', 'name').status).toBe('total');
  });
  it('skips total rows and suggests near misses', () => {
    expect(code('Jumlah')).toBe('total');
    expect(code('SULAWESI TENGAH')).toBe('total');
    expect(code('')).toBe('blank');
    const m = matcher.match('Kab. Morowali Utra', 'name');
    expect(m.status).toBe('unmatched');
    expect(m.status === 'unmatched' && m.suggestions[0]).toBe('72.12');
  });
  it('offers, never assumes, 72.10 for a code a spreadsheet shortened to 72.1', () => {
    const m = matcher.match('72.1', 'kemendagri');
    expect(m).toEqual({ status: 'unmatched', suggestions: ['72.10'] });
  });
  it('reports counts, applies the user fixes and lists rows repeating a kab/kota', () => {
    const cells = ['KAB. POSO', 'Parimo', 'Jumlah', '', 'Poso'];
    const r = matchColumn(matcher, cells);
    expect([r.matched, r.unmatched, r.totals, r.blank]).toEqual([2, 1, 1, 1]);
    expect(r.duplicates).toEqual([4]);
    const fixed = matchColumn(matcher, cells, 'name', new Map([[1, '72.08']]));
    expect(fixed.matched).toBe(3);
    expect(fixed.matches[1]).toEqual({ status: 'matched', code: '72.08', via: 'user' });
  });
});
