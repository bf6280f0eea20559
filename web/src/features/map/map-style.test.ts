import type { VectorSourceSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { RegionFeature } from '../../data/parse-files';
import {
  CATCHMENT_BEFORE,
  CATCHMENT_SOURCE,
  catchmentLayer,
  glyphsUrlFor,
  labelFilter,
  labelPoints,
  mapStyle,
  selectionFilter,
  shortName,
} from './map-style';
import { ATLAS_SOURCE, TILE_LAYERS, TILE_MAX_ZOOM } from './tile-source';

describe('mapStyle', () => {
  it('fetches nothing from another origin: tiles and glyphs from the page itself, no sprites', () => {
    const base = 'http://127.0.0.1:4173/sub/index.html';
    expect(glyphsUrlFor(base)).toBe('http://127.0.0.1:4173/sub/fonts/{fontstack}/{range}.pbf');
    const style = mapStyle(base);
    expect(style.glyphs).toBe(glyphsUrlFor(base));
    expect(style.sprite).toBeUndefined();
    expect(Object.keys(style.sources)).toEqual([ATLAS_SOURCE]);
    const atlas = style.sources[ATLAS_SOURCE] as VectorSourceSpecification;
    expect(atlas.type).toBe('vector');
    expect(atlas.tiles).toEqual(['http://127.0.0.1:4173/sub/tiles/{z}/{x}/{y}.pbf']);
    expect(atlas.maxzoom).toBe(TILE_MAX_ZOOM);
    expect(atlas.promoteId).toEqual({ regions: 'kemendagri_code' });
    const fonts = style.layers.flatMap(
      (l) => ((l.layout as Record<string, unknown> | undefined)?.['text-font'] as string[]) ?? [],
    );
    expect(fonts).toEqual(['Noto Sans Medium']);
  });

  it('draws every layer but the sea from a layer the tiles carry', () => {
    const style = mapStyle('http://x/');
    for (const l of style.layers) {
      if (l.type === 'background') continue;
      expect(TILE_LAYERS, l.id).toContain((l as { 'source-layer'?: string })['source-layer']);
    }
    expect(catchmentLayer().source).toBe(CATCHMENT_SOURCE);
    expect(style.layers.some((l) => l.id === CATCHMENT_BEFORE)).toBe(true);
  });

  it('starts with the label filter of the region in view (a later filter change re-lays out tiles)', () => {
    const labelsOf = (p: string | null) =>
      mapStyle('http://x/', p).layers.find((l) => l.id === 'region-labels') as { filter?: unknown } | undefined;
    expect(labelsOf('72')?.filter).toEqual(labelFilter('72'));
    expect(labelsOf(null)?.filter).toEqual(labelFilter(null));
  });

  it('colours kab/kota from feature state, with the no-data grey as fallback', () => {
    const fill = mapStyle('http://x/').layers.find((l) => l.id === 'regions-fill');
    expect(JSON.stringify(fill?.paint)).toContain('feature-state');
    expect(JSON.stringify(fill?.paint)).toContain('rgb(200, 200, 200)');
  });

  it('filters selection and labels', () => {
    expect(selectionFilter('72.06')).toEqual(['==', ['get', 'kemendagri_code'], '72.06']);
    expect(selectionFilter(null)).toEqual(['==', ['get', 'kemendagri_code'], '__none__']);
    expect(labelFilter('72')).toEqual(['==', ['get', 'prov'], '72']);
  });

  it('labels each kab/kota at its inside point with a short name', () => {
    const f = {
      type: 'Feature',
      properties: {
        kemendagri_code: '72.06',
        bps_code: '7203',
        name: 'Kabupaten Morowali',
        kind: 'kabupaten',
        kemendagri_prov_code: '72',
        bps_prov_code: '72',
        label_lon: 121.9,
        label_lat: -2.6,
      },
      geometry: { type: 'Polygon', coordinates: [] },
    } as RegionFeature;
    const fc = labelPoints([f]);
    expect(fc.features[0]?.properties).toMatchObject({ label: 'Morowali', prov: '72' });
    expect(fc.features[0]?.geometry.coordinates).toEqual([121.9, -2.6]);
    expect(shortName('Kota Administrasi Jakarta Utara')).toBe('Kota Jakarta Utara');
  });
});
