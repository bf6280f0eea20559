import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, parsePoints, parseRegionTopology } from '../../data/parse-files';
import { haversineKm } from '../scoring/criteria';
import { buildAdjacency, overlandFrom, overlandToPoint } from './adjacency';
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

  it('Morowali → IMIP: same kab/kota, overland = straight, no sea crossing; Banggai Laut → IMIP needs the sea', () => {
    const m = rows.find((r) => r.origin_kemendagri === '72.06' && r.facility_id === 'imip');
    expect(m?.straight_km).toBeGreaterThan(20);
    expect(m?.overland_km).toBe(m?.straight_km);
    expect(m?.sea_crossing).toBe(false);
    const bl = rows.find((r) => r.origin_kemendagri === '72.11' && r.facility_id === 'imip');
    expect(bl?.sea_crossing).toBe(true);
    expect(bl?.overland_km).toBeNull();
    expect(bl?.origin_landmass).not.toBe(bl?.facility_landmass);
    expect(m?.origin_landmass).toBe(m?.facility_landmass);
  });

  it('Sigi → Pantoloan overland is longer than the straight line (it was 53.5 vs 71.6 km)', () => {
    const r = rows.find((x) => x.origin_kemendagri === '72.10' && x.facility_id === 'port-pantoloan');
    expect(r?.overland_km as number).toBeGreaterThanOrEqual(r?.straight_km as number);
  });

  it('over every OD pair of all 514 kab/kota: overland ≥ straight − 1 m, and equal within the same kab/kota', () => {
    const facilities = [...points.estates, ...points.ports].filter((p) => p.lon !== null && p.lat !== null);
    let pairs = 0;
    let same = 0;
    for (const [from, o] of regions.entries()) {
      const hops = overlandFrom(g, from);
      for (const f of facilities) {
        const to = g.index.get(f.located_in || f.kemendagri_code);
        if (to === undefined) continue;
        const over = overlandToPoint(g, hops, from, to, f.lon as number, f.lat as number);
        if (!Number.isFinite(over)) continue;
        const straight = haversineKm(o.label_lon, o.label_lat, f.lon as number, f.lat as number);
        pairs++;
        if (over < straight - 0.001) throw new Error(`${o.kemendagri_code} → ${f.id}: ${over} < ${straight}`);
        if (to === from) {
          same++;
          expect(over).toBe(straight);
        }
      }
    }
    expect(pairs).toBeGreaterThan(10_000); // 12,621 overland pairs; the rest cross the sea
    expect(same).toBeGreaterThan(100);
  });

  it('exports CSV with a provenance line and both codes', () => {
    const csv = odTableCsv(rows.slice(0, 2));
    const lines = csv.trim().split('\n');
    expect(lines[0]).toMatch(/^# Sentra Atlas origin–destination table.*6371\.0088/);
    expect(lines[1]).toMatch(/^origin_kemendagri,origin_bps,/);
    expect(lines).toHaveLength(4);
  });
});
