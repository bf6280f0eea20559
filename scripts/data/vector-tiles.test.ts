import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { booleanPointInPolygon, bbox as turfBbox } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { parseJson, parseRegionTopology } from '../../web/src/data/parse-files';
import { TILE_BOUNDS, TILE_LAYERS, TILE_MAX_ZOOM } from '../../web/src/features/map/tile-source';
import { buildVectorTiles, lonLatToTile } from './vector-tiles';

const root = resolve(import.meta.dirname, '../..');
const pub = (f: string) => readFileSync(resolve(root, 'public/data', f), 'utf8');
const inputs = { regionsTopoJson: pub('regions.topo.json'), basemapGeoJson: pub('basemap.geojson') };
const regions = parseRegionTopology('regions.topo.json', parseJson('regions.topo.json', inputs.regionsTopoJson));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe('vector tiles (npm run data → public/tiles)', () => {
  const tiles = buildVectorTiles(inputs);
  const decode = (zxy: string) => {
    const bytes = tiles.get(zxy);
    if (!bytes) throw new Error(`no tile ${zxy}`);
    return new VectorTile(new PbfReader(bytes));
  };

  it('match what is committed (no stale tiles ship) and are rebuilt identically', () => {
    const dir = resolve(root, 'public/tiles');
    const committed = filesUnder(dir).map((f) => relative(dir, f).replace(/\.pbf$/, ''));
    expect(committed.sort()).toEqual([...tiles.keys()].sort());
    for (const [zxy, bytes] of tiles) {
      expect(Buffer.compare(readFileSync(join(dir, `${zxy}.pbf`)), Buffer.from(bytes)), zxy).toBe(0);
    }
    const again = buildVectorTiles(inputs);
    for (const [zxy, bytes] of again)
      expect(Buffer.compare(Buffer.from(bytes), Buffer.from(tiles.get(zxy) ?? [])), zxy).toBe(0);
  });

  const codesAt = (z: number) => {
    const codes = new Set<string>();
    for (const [zxy] of tiles) {
      if (!zxy.startsWith(`${z}/`)) continue;
      const layer = decode(zxy).layers.regions;
      for (let i = 0; i < (layer?.length ?? 0); i++) codes.add(String(layer?.feature(i).properties.kemendagri_code));
    }
    return codes;
  };

  it('hold every kab/kota with its Kemendagri code from the zoom of a province view', () => {
    expect(codesAt(6)).toEqual(new Set(regions.features.map((f) => f.properties.kemendagri_code)));
    // Zoomed out to all Indonesia, a kab/kota under a pixel wide is simplified away, as MapLibre
    // does with GeoJSON: only the islands of Kepulauan Seribu (31.01).
    expect(514 - codesAt(4).size).toBeLessThanOrEqual(1);
  });

  it('keep Morowali (72.06, BPS 7203) where it is: its label point falls inside its polygon at z8', () => {
    const morowali = regions.features.find((f) => f.properties.kemendagri_code === '72.06');
    if (!morowali) throw new Error('Morowali missing');
    const { label_lon: lon, label_lat: lat } = morowali.properties;
    const [x, y] = lonLatToTile(lon, lat, TILE_MAX_ZOOM);
    const tile = decode(`${TILE_MAX_ZOOM}/${x}/${y}`);
    const layer = tile.layers.regions;
    const features: Feature<Polygon | MultiPolygon>[] = [];
    for (let i = 0; i < (layer?.length ?? 0); i++) {
      features.push(layer?.feature(i).toGeoJSON(x, y, TILE_MAX_ZOOM) as Feature<Polygon | MultiPolygon>);
    }
    const hit = features.filter((f) => booleanPointInPolygon([lon, lat], f));
    expect(hit.map((f) => f.properties?.kemendagri_code)).toEqual(['72.06']);
    const labels = tile.layers.labels;
    const names = Array.from({ length: labels?.length ?? 0 }, (_, i) => labels?.feature(i).properties.label);
    expect(names).toContain('Morowali');
  });

  it('carry the four layers the style draws, and nothing outside the tile bounds', () => {
    const seen = new Set<string>();
    for (const [zxy] of tiles) for (const name of Object.keys(decode(zxy).layers)) seen.add(name);
    expect([...seen].sort()).toEqual([...TILE_LAYERS].sort());
    const [w, s, e, n] = turfBbox({
      type: 'FeatureCollection',
      features: [...regions.features, ...(JSON.parse(inputs.basemapGeoJson) as { features: Feature[] }).features],
    });
    expect(w).toBeGreaterThanOrEqual(TILE_BOUNDS[0]);
    expect(s).toBeGreaterThanOrEqual(TILE_BOUNDS[1]);
    expect(e).toBeLessThanOrEqual(TILE_BOUNDS[2]);
    expect(n).toBeLessThanOrEqual(TILE_BOUNDS[3]);
    const maxZ = Math.max(...[...tiles.keys()].map((k) => Number(k.split('/')[0])));
    expect(maxZ).toBe(TILE_MAX_ZOOM);
  });

  it('finds the tile of a point as MapLibre does', () => {
    expect(lonLatToTile(0, 0, 1)).toEqual([1, 1]);
    expect(lonLatToTile(-180, 85, 2)).toEqual([0, 0]);
    expect(lonLatToTile(121.9, -2.6, 6)).toEqual([53, 32]);
  });
}, 60_000);
