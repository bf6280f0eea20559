import type { FeatureCollection, Point } from 'geojson';
import type {
  ExpressionSpecification,
  FilterSpecification,
  LineLayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { RegionFeature } from '../../data/parse-files';
import { NO_DATA_RGB, rgbCss } from '../../domain/palette';
import { ATLAS_SOURCE, atlasSource, type TileLayer } from './tile-source';

export const SEA_COLOUR = '#cfe2ee';
export const LAND_COLOUR = '#ece9e2';

/** MapLibre id of the kab/kota fill layer (events and queries refer to it). */
export const REGION_FILL_LAYER = 'regions-fill';
/** Where the kab/kota features live: feature state and source queries name both. */
export const REGION_FEATURES = { source: ATLAS_SOURCE, sourceLayer: 'regions' } as const;

/**
 * The whole basemap and the kab/kota layers as a local MapLibre style: no sprites, and tiles and
 * glyph PBFs from the app's own origin (/tiles, /fonts). The geometry is pre-tiled by
 * `npm run data` (docs/decisions/0007), so the first frame needs only the few tiles in view;
 * deck.gl draws the point layers above.
 *
 * The choropleth colour is a feature state (`fill`), so recolouring never re-uploads geometry.
 */
export function mapStyle(baseUri: string, labelProvince: string | null = null): StyleSpecification {
  const atlas = (layer: TileLayer) => ({ source: ATLAS_SOURCE, 'source-layer': layer });
  return {
    version: 8,
    glyphs: glyphsUrlFor(baseUri),
    // Paint changes apply at once: a transition repaints every frame for 300 ms (costly in
    // software WebGL, and a facilitator wants the new colours now).
    transition: { duration: 0, delay: 0 },
    sources: {
      [ATLAS_SOURCE]: atlasSource(baseUri),
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA_COLOUR } },
      {
        id: 'context-land',
        type: 'fill',
        ...atlas('context'),
        filter: ['==', ['get', 'kind'], 'land'],
        // No antialias/outline: it compiles a second program per fill, costly in software WebGL.
        paint: { 'fill-color': LAND_COLOUR, 'fill-antialias': false },
      },
      {
        id: REGION_FILL_LAYER,
        type: 'fill',
        ...atlas('regions'),
        paint: {
          'fill-color': ['coalesce', ['feature-state', 'fill'], rgbCss(NO_DATA_RGB)] as ExpressionSpecification,
          'fill-opacity': 0.92,
          'fill-antialias': false,
        },
      },
      {
        id: 'context-water',
        type: 'fill',
        ...atlas('context'),
        filter: ['==', ['get', 'kind'], 'water'],
        paint: { 'fill-color': '#b0cfe2', 'fill-antialias': false },
      },
      {
        id: 'region-borders',
        type: 'line',
        ...atlas('regions'),
        paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.3, 8, 1] },
      },
      {
        id: 'province-borders',
        type: 'line',
        ...atlas('provinces'),
        paint: { 'line-color': '#5a5a5a', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 8, 1.8] },
      },
      {
        id: 'region-hover',
        type: 'line',
        ...atlas('regions'),
        paint: {
          'line-color': '#333333',
          'line-width': 1.5,
          'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0] as ExpressionSpecification,
        },
      },
      {
        id: 'region-top',
        type: 'line',
        ...atlas('regions'),
        filter: codesFilter([]),
        paint: { 'line-color': '#7a0019', 'line-width': 2.6, 'line-dasharray': [2, 1] },
      },
      {
        // "Pilih N lokasi": the chosen set, solid and blue so it reads apart from the dashed top N.
        id: 'region-chosen',
        type: 'line',
        ...atlas('regions'),
        filter: codesFilter([]),
        paint: { 'line-color': '#0b4fa8', 'line-width': 3.6 },
      },
      {
        id: 'region-selected',
        type: 'line',
        ...atlas('regions'),
        filter: selectionFilter(null),
        paint: { 'line-color': '#111111', 'line-width': 3.2 },
      },
      {
        id: 'region-labels',
        type: 'symbol',
        ...atlas('labels'),
        // Below zoom 5 (all Indonesia) 514 names cannot be read; the tooltip names each one.
        minzoom: 5,
        filter: labelFilter(labelProvince),
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

/**
 * The catchment rings, added with their source the first time a catchment is shown (below the
 * top-N outline): an empty GeoJSON source in the style would cost its own tile loads at start-up.
 */
export const CATCHMENT_SOURCE = 'catchment';
export const CATCHMENT_BEFORE = 'region-top';
export function catchmentLayer(): LineLayerSpecification {
  return {
    id: 'catchment-rings',
    type: 'line',
    source: CATCHMENT_SOURCE,
    paint: { 'line-color': '#3f2a78', 'line-width': 1.8, 'line-dasharray': [3, 2] },
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
