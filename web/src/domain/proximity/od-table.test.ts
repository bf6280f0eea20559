import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, parsePoints, parseRegionTopology } from '../../data/parse-files';
import { buildAdjacency } from './adjacency';
import { buildOdTable, odTableCsv } from './od-table';

const pub = (f: string) => readFileSync(resolve(import.meta.dirname, '../../../../public/data', f), 'utf8');
const topo = parseRegionTopology('regions.topo.json', parseJson('regions.topo.json', pub('regions.topo.json')));
const regions = topo.features.map((f) => f.properties);
const points = parsePoints('points.json', parseJson('points.json', pub('points.json')));
const g = buildAdjacency(regions, topo.neighbours);

describe('origin–destination table', () => {
  const sulteng = regions.filter((r) => r.kemendagri_prov_code === '72');
  const rows = buildOdTable(g, sulteng, points);

  it('has one row per kab/kota × located estate/KEK/port', () => {
    const located = [...points.estates, ...points.ports].filter((p) => p.lon !== null).length;
    expect(rows.length).toBe(13 * located);
  });

  it('Morowali → IMIP: same kab/kota, overland 0, no sea crossing; Banggai Laut → IMIP needs the sea', () => {
    const m = rows.find((r) => r.origin_kemendagri === '72.06' && r.facility_id === 'imip');
    expect(m?.overland_km).toBe(0);
    expect(m?.sea_crossing).toBe(false);
    expect(m?.straight_km).toBeGreaterThan(0);
    const bl = rows.find((r) => r.origin_kemendagri === '72.11' && r.facility_id === 'imip');
    expect(bl?.sea_crossing).toBe(true);
    expect(bl?.overland_km).toBeNull();
    expect(bl?.origin_landmass).not.toBe(bl?.facility_landmass);
    expect(m?.origin_landmass).toBe(m?.facility_landmass);
  });

  it('exports CSV with a provenance line and both codes', () => {
    const csv = odTableCsv(rows.slice(0, 2));
    const lines = csv.trim().split('\n');
    expect(lines[0]).toMatch(/^# Sentra Atlas origin–destination table.*6371\.0088/);
    expect(lines[1]).toMatch(/^origin_kemendagri,origin_bps,/);
    expect(lines).toHaveLength(4);
  });
});
