import { describe, expect, it } from 'vitest';
import type { RegionFeature } from '../data/parse-files';
import { glyphsUrlFor, labelFilter, labelPoints, mapStyle, selectionFilter, shortName } from './map-style';

describe('mapStyle', () => {
  it('fetches nothing from another origin: no tiles, sprites, and glyphs from the page itself', () => {
    const glyphs = glyphsUrlFor('http://127.0.0.1:4173/sub/index.html');
    expect(glyphs).toBe('http://127.0.0.1:4173/sub/fonts/{fontstack}/{range}.pbf');
    const style = mapStyle(glyphs);
    expect(style.sprite).toBeUndefined();
    for (const src of Object.values(style.sources)) {
      expect(src.type).toBe('geojson');
      expect((src as { data: unknown }).data).toBeTypeOf('object');
    }
    const fonts = style.layers.flatMap(
      (l) => ((l.layout as Record<string, unknown> | undefined)?.['text-font'] as string[]) ?? [],
    );
    expect(fonts).toEqual(['Noto Sans Medium']);
  });

  it('colours kab/kota from feature state, with the no-data grey as fallback', () => {
    const fill = mapStyle('x').layers.find((l) => l.id === 'regions-fill');
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
