import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, parseRegionTopology } from '../../data/parse-files';
import { haversineKm } from '../scoring/criteria';
import { buildAdjacency, overlandFrom, sameLandmass } from './adjacency';

const topo = parseRegionTopology(
  'regions.topo.json',
  parseJson(
    'regions.topo.json',
    readFileSync(resolve(import.meta.dirname, '../../../../public/data/regions.topo.json'), 'utf8'),
  ),
);
const regions = topo.features.map((f) => f.properties);
const g = buildAdjacency(regions, topo.neighbours);
const nb = (code: string) =>
  (g.neighbours[g.index.get(code) as number] ?? []).map((i) => regions[i]?.kemendagri_code).sort();

describe('adjacency on the real boundaries', () => {
  it('Kota Palu borders Donggala and Sigi', () => {
    expect(nb('72.71')).toEqual(expect.arrayContaining(['72.03', '72.10']));
  });

  it('Banggai Kepulauan and Banggai Laut are islands: not reachable overland from the Sulawesi mainland', () => {
    expect(sameLandmass(g, '72.71', '72.06')).toBe(true); // Palu – Morowali: both mainland
    expect(sameLandmass(g, '72.71', '72.07')).toBe(false);
    expect(sameLandmass(g, '72.71', '72.11')).toBe(false);
    expect(sameLandmass(g, '72.71', '51.71')).toBe(false); // Denpasar (Bali)
    const fromPalu = overlandFrom(g, g.index.get('72.71') as number);
    expect(fromPalu[g.index.get('72.07') as number]).toBe(Number.POSITIVE_INFINITY);
  });

  it('overland proxy km is at least the straight line and finite across the mainland', () => {
    const palu = regions[g.index.get('72.71') as number];
    const morowali = regions[g.index.get('72.06') as number];
    if (!palu || !morowali) throw new Error('missing');
    const overland = overlandFrom(g, g.index.get('72.71') as number)[g.index.get('72.06') as number] as number;
    const straight = haversineKm(palu.label_lon, palu.label_lat, morowali.label_lon, morowali.label_lat);
    expect(Number.isFinite(overland)).toBe(true);
    expect(overland).toBeGreaterThanOrEqual(straight - 1e-9);
    expect(overland).toBeLessThan(straight * 2.5);
  });
});
