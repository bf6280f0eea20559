import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createObservationIndex } from '../../data/observation-index';
import { parseJson, parseObservations, parsePoints, parseRegionTopology } from '../../data/parse-files';
import { buildCatchment } from './catchment';

const pub = (f: string) => readFileSync(resolve(import.meta.dirname, '../../../../public/data', f), 'utf8');
const regions = parseRegionTopology(
  'regions.topo.json',
  parseJson('regions.topo.json', pub('regions.topo.json')),
).features.map((f) => f.properties);
const index = createObservationIndex(parseObservations('observations.csv', pub('observations.csv')));
const imip = parsePoints('points.json', parseJson('points.json', pub('points.json'))).estates.find(
  (p) => p.id === 'imip',
);

describe('catchment around IMIP', () => {
  it('rings are cumulative; sums use known values only and report how many are unknown', () => {
    if (!imip || imip.lon === null || imip.lat === null) throw new Error('IMIP');
    const c = buildCatchment(
      { lon: imip.lon, lat: imip.lat },
      regions,
      index.headline('kakao_production'),
      [150, 50, 300],
    );
    expect(c.rings.map((r) => r.radiusKm)).toEqual([50, 150, 300]);
    for (let i = 1; i < c.rings.length; i++)
      expect(c.rings[i]?.regions).toBeGreaterThanOrEqual(c.rings[i - 1]?.regions ?? 0);
    const r300 = c.rings[2];
    const known = c.regions.filter((x) => x.supply !== null);
    expect(r300?.withData).toBe(known.length);
    expect(r300?.supply).toBeCloseTo(
      known.reduce((a, x) => a + (x.supply ?? 0), 0),
      6,
    );
    expect(r300?.regions).toBeGreaterThan(r300?.withData ?? 0); // Sultra kab/kota have no cocoa figure
    // Morowali (IMIP's own kab) is inside the first ring with its 2019 BPS cocoa figure, 2,419 t.
    const m = c.regions.find((x) => x.kemendagri_code === '72.06');
    expect(m?.ring).toBe(0);
    expect(m?.supply).toBe(2419);
  });
});
