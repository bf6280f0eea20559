import { seededRandom } from '../domain/decision/sensitivity';
import { indexFacilities, proximityMeasures } from '../domain/proximity/nearest';
import type { Facility } from '../domain/scoring/candidates';
import type { Atlas } from '../store/atlas';

/**
 * Benchmark body (loaded only by `npm run bench`): index n seeded synthetic facilities over
 * Indonesia's box, then recompute every proximity measure for all kab/kota — nearest estate, KEK,
 * port and sentra, and the count of each within 100 km. Returns the elapsed ms.
 */
export function runProximityBench(atlas: Atlas, n: number, seed: number): number {
  const regions = atlas.data.getState().regions?.features.map((f) => f.properties) ?? [];
  const rand = seededRandom(seed);
  const kinds: Facility['kind'][] = ['estate', 'kek', 'port', 'sentra'];
  const facilities: Facility[] = Array.from({ length: n }, (_, i) => ({
    kind: kinds[i % 4] as Facility['kind'],
    lon: 95 + rand() * 46,
    lat: -11 + rand() * 17,
    tag: '',
    rank: null,
  }));
  const t0 = performance.now();
  const idx = indexFacilities(facilities);
  let checksum = 0;
  for (const kind of kinds) {
    for (const r of proximityMeasures(regions, idx, { kind, radiusKm: 100 })) checksum += r.within + (r.nearestKm ?? 0);
  }
  const ms = performance.now() - t0;
  if (!Number.isFinite(checksum) || regions.length === 0) throw new Error('proximity bench produced nothing');
  return ms;
}
