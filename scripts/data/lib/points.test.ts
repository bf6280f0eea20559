import { describe, expect, it } from 'vitest';
import { buildPoints, createPolygonIndex, isApproximate, POINT_SPECS, slug } from './points';
import type { RegionRow } from './regions';

const morowali: RegionRow = {
  kemendagri_code: '72.06',
  bps_code: '7203',
  name: 'Kabupaten Morowali',
  kind: 'kabupaten',
  kemendagri_prov_code: '72',
  bps_prov_code: '72',
  province: 'Sulawesi Tengah',
};
const regions = new Map([['72.06', morowali]]);
const index = createPolygonIndex([
  {
    type: 'Feature',
    properties: { kemendagri_code: '72.06' },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [121, -3],
          [123, -3],
          [123, -2],
          [121, -2],
          [121, -3],
        ],
      ],
    },
  },
]);
const spec = { ...POINT_SPECS.estates, file: 'test.csv' };
const cols = [
  'id',
  'name',
  'type',
  'kemendagri_kab_code',
  'bps_kab_code',
  'lat',
  'lng',
  'coord_method',
  'year_ref',
  'sources',
];

describe('buildPoints', () => {
  it('reports a point outside its stated kab/kota without reassigning it', () => {
    const { points, problems } = buildPoints(
      spec,
      [
        {
          id: 'in',
          name: 'In',
          type: 'kek',
          kemendagri_kab_code: '72.06',
          bps_kab_code: '7203',
          lat: '-2.5',
          lng: '122',
          coord_method: 'centroid of desa',
          year_ref: '2024',
          sources: 's',
        },
        {
          id: 'out',
          name: 'Out',
          type: 'kek',
          kemendagri_kab_code: '72.06',
          bps_kab_code: '7203',
          lat: '-0.5',
          lng: '122',
          coord_method: 'surveyed',
          year_ref: '2024',
          sources: 's',
        },
        {
          id: 'none',
          name: 'None',
          type: 'kek',
          kemendagri_kab_code: '72.06',
          bps_kab_code: '',
          lat: '',
          lng: '',
          coord_method: '',
          year_ref: '',
          sources: 's',
        },
      ],
      cols,
      regions,
      index,
    );
    expect(points.map((p) => p.location_check)).toEqual(['inside', 'at_sea', 'no_coordinates']);
    expect(points[1]?.kemendagri_code).toBe('72.06');
    expect(points[0]?.approximate).toBe(true);
    expect(points[1]?.approximate).toBe(false);
    expect(points[2]?.bps_code).toBe('7203');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/Out.*at sea/);
  });

  it('refuses a point whose BPS code belongs to another region than its Kemendagri code', () => {
    expect(() =>
      buildPoints(
        spec,
        [{ id: 'x', name: 'X', kemendagri_kab_code: '72.06', bps_kab_code: '7206', lat: '', lng: '' }],
        cols,
        regions,
        index,
      ),
    ).toThrow(/Morowali/);
  });

  it('slugs and approximate flags', () => {
    expect(slug('PT SASL (Sals) and Sons')).toBe('pt-sasl-sals-and-sons');
    expect(isApproximate('WPI coordinate (rounded to ~1-2 arc-minutes)')).toBe(true);
    expect(isApproximate('Kemenhub SIMPEL coordinate as scraped (2017)')).toBe(false);
  });
});
