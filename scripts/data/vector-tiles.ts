/**
 * Pre-tiled vector tiles of the map's own geometry (kab/kota, province borders, label points,
 * neighbouring land and lakes), derived from the published public/data files — see
 * docs/decisions/0007-pre-tiled-boundaries.md for why the map does not tile GeoJSON at start-up.
 *
 * Tiles are Mapbox Vector Tile v2 (`z/x/y.pbf`, extent 4096) written by MapLibre's own
 * geojson-vt and vt-pbf, so the browser decodes exactly what MapLibre would have built from the
 * GeoJSON. Only tiles with features are written; MapLibre draws a tile the server answers with a
 * 404 as empty (open sea).
 */
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';
import { parseFeatureCollection, parseJson, parseRegionTopology } from '../../web/src/data/parse-files';
import { labelPoints } from '../../web/src/features/map/map-style';
import { TILE_BOUNDS, type TILE_LAYERS, TILE_MAX_ZOOM } from '../../web/src/features/map/tile-source';

const EXTENT = 4096;

/** The published files the tiles are made from (text as committed in public/data). */
export interface TileInputs {
  readonly regionsTopoJson: string;
  readonly basemapGeoJson: string;
}

/** `z/x/y` → tile bytes, in a stable order. */
export function buildVectorTiles(inputs: TileInputs): Map<string, Uint8Array> {
  const regions = parseRegionTopology('regions.topo.json', parseJson('regions.topo.json', inputs.regionsTopoJson));
  const basemap = parseFeatureCollection('basemap.geojson', parseJson('basemap.geojson', inputs.basemapGeoJson));
  const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

  // Only what the style and the picking need travels in the tiles; the profile and the tooltip
  // read the full attributes from regions.topo.json by code.
  const layers: Record<(typeof TILE_LAYERS)[number], FeatureCollection> = {
    regions: fc(
      regions.features.map((f) => ({
        type: 'Feature',
        properties: { kemendagri_code: f.properties.kemendagri_code, prov: f.properties.kemendagri_prov_code },
        geometry: f.geometry,
      })),
    ),
    provinces: fc([{ type: 'Feature', properties: {}, geometry: regions.provinceBorders }]),
    labels: labelPoints(regions.features) as FeatureCollection,
    context: fc(
      basemap.features.map((f) => ({
        type: 'Feature',
        properties: { kind: f.properties?.kind },
        geometry: f.geometry,
      })),
    ),
  };
  const indexes = Object.entries(layers).map(
    ([name, data]) =>
      [
        name,
        new GeoJSONVT(data, {
          maxZoom: TILE_MAX_ZOOM,
          // geojson-vt simplifies below maxZoom only; 3/4096 of a tile is under half a pixel.
          tolerance: 3,
          extent: EXTENT,
          // Lines and fills run past the tile edge so borders have no seams.
          buffer: 64,
        }),
      ] as const,
  );

  const out = new Map<string, Uint8Array>();
  const [west, south, east, north] = TILE_BOUNDS;
  for (let z = 0; z <= TILE_MAX_ZOOM; z++) {
    const [x0, y0] = lonLatToTile(west, north, z);
    const [x1, y1] = lonLatToTile(east, south, z);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const tileLayers: Record<string, GeoJSONVTTile> = {};
        for (const [name, index] of indexes) {
          const t = index.getTile(z, x, y);
          if (t && t.features.length > 0) tileLayers[name] = t;
        }
        if (Object.keys(tileLayers).length === 0) continue;
        out.set(`${z}/${x}/${y}`, fromGeojsonVt(tileLayers, { version: 2, extent: EXTENT }));
      }
    }
  }
  return out;
}

/** The web-mercator tile holding a point (clamped to the grid). */
export function lonLatToTile(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const r = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, v));
  return [clamp(x), clamp(y)];
}
