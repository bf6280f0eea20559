import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, parsePoints, parseRegionTopology } from '../../data/parse-files';
import { seededRandom } from '../decision/sensitivity';
import { buildCandidates, facilitiesFromPoints } from '../scoring/candidates';
import { indexFacilities, proximityMeasures } from './nearest';

const pub = (f: string) => readFileSync(resolve(import.meta.dirname, '../../../../public/data', f), 'utf8');
const regions = parseRegionTopology(
  'regions.topo.json',
  parseJson('regions.topo.json', pub('regions.topo.json')),
).features.map((f) => f.properties);
const facilities = facilitiesFromPoints(parsePoints('points.json', parseJson('points.json', pub('points.json'))));

describe('spatial-index proximity', () => {
  it('equals the all-pairs values on the real data (ports, coconut sentra)', () => {
    const brute = buildCandidates(regions, () => null, facilities, [
      'dist:port',
      'count:port:50',
      'dist:sentra~kelapa',
      'count:sentra~kelapa:150',
    ]);
    const idx = indexFacilities(facilities);
    const ports = proximityMeasures(regions, idx, { kind: 'port', radiusKm: 50 });
    const coconut = proximityMeasures(regions, idx, { kind: 'sentra', word: 'kelapa', radiusKm: 150 });
    brute.forEach((b, i) => {
      expect(Math.abs((ports[i]?.nearestKm ?? Number.NaN) - (b.raw[0] as number))).toBeLessThan(1e-9);
      expect(ports[i]?.within).toBe(b.raw[1]);
      expect(Math.abs((coconut[i]?.nearestKm ?? Number.NaN) - (b.raw[2] as number))).toBeLessThan(1e-9);
      expect(coconut[i]?.within).toBe(b.raw[3]);
    });
  });

  it('equals all pairs on 2,000 seeded synthetic facilities', () => {
    const rand = seededRandom(3);
    const synth = Array.from({ length: 2000 }, () => ({
      kind: 'port' as const,
      lon: 95 + rand() * 46,
      lat: -11 + rand() * 17,
      tag: '',
      rank: null,
    }));
    const got = proximityMeasures(regions.slice(0, 100), indexFacilities(synth), { kind: 'port', radiusKm: 80 });
    const brute = buildCandidates(regions.slice(0, 100), () => null, synth, ['dist:port', 'count:port:80']);
    brute.forEach((b, i) => {
      expect(Math.abs((got[i]?.nearestKm as number) - (b.raw[0] as number))).toBeLessThan(1e-9);
      expect(got[i]?.within).toBe(b.raw[1]);
    });
  });
});
