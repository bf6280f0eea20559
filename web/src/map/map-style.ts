import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, StyleSpecification } from 'maplibre-gl';
import type { RegionFeature } from '../data/parse-files';
import { NO_DATA_RGB, rgbCss } from '../domain/palette';

export const SEA_COLOUR = '#cfe2ee';
export const LAND_COLOUR = '#ece9e2';

/** MapLibre ids of the region layers (events and queries refer to them). */
export const REGION_FILL_LAYER = 'regions-fill';
export const REGION_SOURCE = 'regions';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The whole basemap and the kab/kota layers as a local MapLibre style: no tiles, sprites or
 * remote glyphs — the glyph PBFs are served from the app's own /fonts. MapLibre tiles the
 * GeoJSON on its worker and simplifies per zoom, which keeps 514 detailed polygons cheap even in
 * software WebGL; deck.gl draws the point layers above.
 *
 * The choropleth colour is a feature state (`fill`), so recolouring never re-uploads geometry.
 */
export function mapStyle(glyphsUrl: string): StyleSpecification {
  return {
    version: 8,
    glyphs: glyphsUrl,
    sources: {
      context: { type: 'geojson', data: EMPTY },
      // Lighter tiling than the defaults (maxzoom 18, buffer 128): kab/kota need no street zooms.
      [REGION_SOURCE]: {
        type: 'geojson',
        data: EMPTY,
        promoteId: 'kemendagri_code',
        tolerance: 0.4,
        maxzoom: 11,
        buffer: 48,
      },
      'province-borders': { type: 'geojson', data: EMPTY, tolerance: 0.4, maxzoom: 11, buffer: 16 },
      'region-labels': { type: 'geojson', data: EMPTY },
      catchment: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA_COLOUR } },
      {
        id: 'context-land',
        type: 'fill',
        source: 'context',
        filter: ['==', ['get', 'kind'], 'land'],
        // No antialias/outline: it compiles a second program per fill, costly in software WebGL.
        paint: { 'fill-color': LAND_COLOUR, 'fill-antialias': false },
      },
      {
        id: REGION_FILL_LAYER,
        type: 'fill',
        source: REGION_SOURCE,
        paint: {
          'fill-color': ['coalesce', ['feature-state', 'fill'], rgbCss(NO_DATA_RGB)] as ExpressionSpecification,
          'fill-opacity': 0.92,
          'fill-antialias': false,
        },
      },
      {
        id: 'context-water',
        type: 'fill',
        source: 'context',
        filter: ['==', ['get', 'kind'], 'water'],
        paint: { 'fill-color': '#b0cfe2', 'fill-antialias': false },
      },
      {
        id: 'region-borders',
        type: 'line',
        source: REGION_SOURCE,
        paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.3, 8, 1] },
      },
      {
        id: 'province-borders',
        type: 'line',
        source: 'province-borders',
        paint: { 'line-color': '#5a5a5a', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 8, 1.8] },
      },
      {
        id: 'region-hover',
        type: 'line',
        source: REGION_SOURCE,
        paint: {
          'line-color': '#333333',
          'line-width': 1.5,
          'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0] as ExpressionSpecification,
        },
      },
      {
        id: 'catchment-rings',
        type: 'line',
        source: 'catchment',
        paint: { 'line-color': '#3f2a78', 'line-width': 1.8, 'line-dasharray': [3, 2] },
      },
      {
        id: 'region-top',
        type: 'line',
        source: REGION_SOURCE,
        filter: codesFilter([]),
        paint: { 'line-color': '#7a0019', 'line-width': 2.6, 'line-dasharray': [2, 1] },
      },
      {
        id: 'region-selected',
        type: 'line',
        source: REGION_SOURCE,
        filter: selectionFilter(null),
        paint: { 'line-color': '#111111', 'line-width': 3.2 },
      },
      {
        id: 'region-labels',
        type: 'symbol',
        source: 'region-labels',
        // Below zoom 5 (all Indonesia) 514 names cannot be read; the tooltip names each one.
        minzoom: 5,
        filter: labelFilter(null),
        layout: {
          'text-field': ['get', 'label'],
          'text-font': ['Noto Sans Medium'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 9, 14],
          'text-max-width': 8,
          'text-padding': 3,
          // Cities (small polygons) first, then kabupaten by area: the larger keep their label.
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: { 'text-color': '#1f2328', 'text-halo-color': 'rgba(255,255,255,0.92)', 'text-halo-width': 1.6 },
      },
    ],
  };
}

/** Only the listed kab/kota (the top N of a ranking). */
export function codesFilter(codes: readonly string[]): FilterSpecification {
  return ['in', ['get', 'kemendagri_code'], ['literal', [...codes]]];
}

/** Line filter showing only the selected kab/kota's outline (none when null). */
export function selectionFilter(code: string | null): FilterSpecification {
  return ['==', ['get', 'kemendagri_code'], code ?? '__none__'];
}

/** Label only the kab/kota of the province in view (all when null). */
export function labelFilter(provinceCode: string | null): FilterSpecification {
  return provinceCode === null ? ['has', 'label'] : ['==', ['get', 'prov'], provinceCode];
}

/** Short map label: "Kabupaten Morowali" → "Morowali"; cities keep "Kota". */
export function shortName(name: string): string {
  return name.replace(/^Kabupaten\s+/, '').replace(/^Kota Administrasi\s+/, 'Kota ');
}

/** Label points (inside each polygon) with the short name and province for filtering. */
export function labelPoints(regions: readonly RegionFeature[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: regions.map((f) => ({
      type: 'Feature',
      properties: {
        label: shortName(f.properties.name),
        prov: f.properties.kemendagri_prov_code,
        rank: f.properties.kind === 'kota' ? 0 : 1,
        kemendagri_code: f.properties.kemendagri_code,
      },
      geometry: { type: 'Point', coordinates: [f.properties.label_lon, f.properties.label_lat] },
    })),
  };
}

/**
 * The glyph URL template for this page: absolute (MapLibre requires it), same origin, with the
 * `{fontstack}`/`{range}` tokens left unencoded.
 */
export function glyphsUrlFor(baseUri: string): string {
  return `${new URL('fonts/', baseUri).href}{fontstack}/{range}.pbf`;
}
