import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { RegionProps } from '../domain/dataset-types';
import { DataFileError } from './data-file-error';
import { createObservationIndex } from './observation-index';
import { parseCatalog, parseJson, parseObservations, parsePoints, parseRegionTopology } from './parse-files';

// From data/sources/compiled/population_area_adm2.csv (cahyadsn/wilayah, 2024), row 72.06.
const MOROWALI_POP_2024 = 198_968;

const pub = (f: string) => readFileSync(resolve(import.meta.dirname, '../../../public/data', f), 'utf8');

describe('the shipped data files', () => {
  const regions = parseRegionTopology('regions.topo.json', parseJson('regions.topo.json', pub('regions.topo.json')));
  const observations = parseObservations('observations.csv', pub('observations.csv'));
  const catalog = parseCatalog('catalog.json', parseJson('catalog.json', pub('catalog.json')));
  const points = parsePoints('points.json', parseJson('points.json', pub('points.json')));

  it('have all 514 kab/kota with both codes, each code once', () => {
    expect(regions.features).toHaveLength(514);
    const k = new Set(regions.features.map((f) => f.properties.kemendagri_code));
    const b = new Set(regions.features.map((f) => f.properties.bps_code));
    expect(k.size).toBe(514);
    expect(b.size).toBe(514);
    const morowali = regions.features.find((f) => f.properties.kemendagri_code === '72.06');
    expect(morowali?.properties.bps_code).toBe('7203');
    expect(morowali?.properties.name).toBe('Kabupaten Morowali');
    expect(regions.features.find((f) => f.properties.kemendagri_code === '72.03')?.properties.name).toBe(
      'Kabupaten Donggala',
    );
    // Province borders are land borders only: Sulteng (72) touches Sulsel, Sulbar, Gorontalo, Sultra.
    const verts = regions.provinceBorders.coordinates.flat();
    expect(verts.length).toBeGreaterThan(1000);
    const nearPaluSigiBorder = verts.some(
      ([x, y]) => Math.abs((x ?? 0) - 119.9) < 0.2 && Math.abs((y ?? 0) + 0.9) < 0.2,
    );
    expect(nearPaluSigiBorder).toBe(false); // Palu and Sigi are in the same province
  });

  it('decodes a kab/kota polygon when it is first read, the same as topojson decodes it', () => {
    const text = pub('regions.topo.json');
    const topo = JSON.parse(text) as Topology;
    const object = topo.objects.regions as GeometryCollection<RegionProps>;
    const i = object.geometries.findIndex((g) => (g.properties as RegionProps).kemendagri_code === '72.06');
    const lazy = parseRegionTopology('regions.topo.json', JSON.parse(text)).features[i];
    expect(lazy?.geometry).toEqual((topoFeature(topo, object.geometries[i] as GeometryObject) as Feature).geometry);
    expect(lazy?.geometry).toBe(lazy?.geometry); // decoded once
    expect(JSON.parse(JSON.stringify(lazy)).geometry.type).toBe('MultiPolygon');
  });

  it('names the kab/kota whose arcs are missing, at load time', () => {
    const topo = JSON.parse(pub('regions.topo.json')) as Topology;
    const object = topo.objects.regions as GeometryCollection<RegionProps>;
    const g = object.geometries.find((x) => (x.properties as RegionProps).kemendagri_code === '72.06') as unknown as {
      arcs: unknown;
    };
    g.arcs = [[[topo.arcs.length + 5]]];
    expect(() => parseRegionTopology('regions.topo.json', topo)).toThrow(/regions\.topo\.json: .*72\.06/);
  });

  it('give Morowali its population with source and year, and no invented values', () => {
    const idx = createObservationIndex(observations);
    const pop = idx.headline('pop_2024').get('72.06');
    expect(pop?.value).toBe(MOROWALI_POP_2024);
    expect(pop?.year).toBe('2024');
    expect(catalog.sources.find((s) => s.id === pop?.source_id)?.citation).toMatch(/cahyadsn\/wilayah/);
    // Coconut production is known for few kab/kota; Morowali has none and must stay empty.
    expect(idx.headline('kelapa_production').get('72.06')).toBeUndefined();
    expect(idx.headline('kelapa_production').get('72.01')?.value).toBe(50760.01);
    for (const o of observations) expect(catalog.sources.some((s) => s.id === o.source_id)).toBe(true);
  });

  it('have exactly one headline per region and indicator', () => {
    const seen = new Set<string>();
    for (const o of observations.filter((x) => x.headline)) {
      const key = `${o.indicator}|${o.kemendagri_code}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it('list IMIP and IHIP in Morowali with approximate coordinates', () => {
    const imip = points.estates.find((p) => p.id === 'imip');
    expect(imip?.kemendagri_code).toBe('72.06');
    expect(imip?.bps_code).toBe('7203');
    expect(imip?.approximate).toBe(true);
    expect(imip?.location_check).toBe('inside');
    expect(points.estates.some((p) => p.id === 'ihip-huabao' && p.kemendagri_code === '72.06')).toBe(true);
    expect(catalog.indicators.map((i) => i.id)).toContain('kelapa_production');
  });
});

describe('bad files', () => {
  it('name the file and the line', () => {
    expect(() => parseJson('catalog.json', '{oops')).toThrow(DataFileError);
    expect(() => parseJson('catalog.json', '{oops')).toThrow(/^catalog\.json: not valid JSON/);
    expect(() => parseObservations('observations.csv', 'a,b\n1,2')).toThrow(/observations\.csv: expected columns/);
    const bad =
      'kemendagri_code,bps_code,indicator,value,year,source_id,note,headline\n72.06,7203,pop_2024,abc,2024,s1,,1\n';
    expect(() => parseObservations('observations.csv', bad)).toThrow(/line 2: value "abc"/);
    expect(() => parseRegionTopology('regions.topo.json', { type: 'FeatureCollection' })).toThrow(
      /regions\.topo\.json/,
    );
    expect(() => parsePoints('points.json', { sentra: [] })).toThrow(/points\.json: "estates" must be a list/);
    expect(() => parseCatalog('catalog.json', { version: 2 })).toThrow(/version/);
  });
});
