import { describe, expect, it } from 'vitest';
import { buildRegions, pairError, regionKind } from './regions';

describe('regions', () => {
  it('tells kota from kabupaten by the name prefix', () => {
    expect(regionKind('Kota Palu')).toBe('kota');
    expect(regionKind('Kabupaten Kotabaru')).toBe('kabupaten');
  });

  it('refuses a code pair that disagrees with the crosswalk (7203 is Morowali, 72.03 is Donggala)', () => {
    const pop = [
      { kemendagri_code: '72.03', bps_code: '7203', name: 'Kabupaten Donggala', kemendagri_prov_code: '72' },
    ];
    const cross = [{ kemendagri_code: '72.03', bps_code: '7205', bps_prov_code: '72' }];
    expect(() => buildRegions(pop, cross)).toThrow(/crosswalk says 7205/);
  });

  it('pairError names the region a wrong BPS code belongs to', () => {
    const m = new Map([
      [
        '72.06',
        {
          kemendagri_code: '72.06',
          bps_code: '7203',
          name: 'Kabupaten Morowali',
          kind: 'kabupaten' as const,
          kemendagri_prov_code: '72',
          bps_prov_code: '72',
          province: 'Sulawesi Tengah',
        },
      ],
    ]);
    expect(pairError(m, '72.06', '7203')).toBeNull();
    expect(pairError(m, '72.06', '7206')).toMatch(/Morowali/);
    expect(pairError(m, '99.99', '')).toMatch(/unknown/);
  });
});
