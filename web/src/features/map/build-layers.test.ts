import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, parsePoints } from '../../data/parse-files';
import { buildLayers, type DeckLayerState } from './build-layers';

const pub = (f: string) => readFileSync(resolve(import.meta.dirname, '../../../../public/data', f), 'utf8');
const points = parsePoints('points.json', parseJson('points.json', pub('points.json')));

const base: DeckLayerState = {
  points,
  visiblePointLayers: { sentra: true, estates: true, ports: false, processors: false },
  selectedPoint: null,
  arcs: [],
  userPoints: [],
};

describe('buildLayers', () => {
  it('builds one layer per point type with stable ids and the toggles applied', () => {
    const layers = buildLayers(base);
    expect(layers.map((l) => l.id)).toEqual([
      'catchment-arcs',
      'user-points',
      'points-sentra',
      'points-estates',
      'points-ports',
      'points-processors',
    ]);
    expect(layers[0]?.props.visible).toBe(false); // no catchment open
    expect(layers[1]?.props.visible).toBe(false); // no imported points
    expect(buildLayers({ ...base, userPoints: [{ lon: 119.87, lat: -0.9 }] })[1]?.props.visible).toBe(true);
    expect(layers.find((l) => l.id === 'points-ports')?.props.visible).toBe(false);
    expect(layers.find((l) => l.id === 'points-estates')?.props.visible).toBe(true);
    expect(buildLayers({ ...base, points: null })).toEqual([]);
  });

  it('draws only located points (no invented coordinates) and enlarges the selected one', () => {
    const layers = buildLayers({ ...base, selectedPoint: 'imip' });
    const dataOf = (id: string) => {
      const layer = layers.find((l) => l.id === id);
      if (!layer) throw new Error(`no layer ${id}`);
      return layer.props as unknown as { data: { id: string }[]; getSize: (p: { id: string }) => number };
    };
    const processors = dataOf('points-processors').data;
    expect(processors.length).toBe(points.processors.filter((p) => p.lon !== null).length);
    expect(processors.length).toBeLessThan(points.processors.length);
    const estates = dataOf('points-estates');
    expect(estates.getSize({ id: 'imip' })).toBeGreaterThan(estates.getSize({ id: 'ihip-huabao' }));
  });
});
