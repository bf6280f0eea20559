import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, parsePoints } from '../../web/src/data/parse-files';
import { facilitiesFromPoints } from '../../web/src/domain/scoring/candidates';
import { haversineKm } from '../../web/src/domain/scoring/criteria';
import { MERGE_KM, mergePorts, namesMatch, type PortRecord } from './lib/port-merge';

// Issue 14: ports of Sulteng, Sulsel and NTB, one point per port, every source kept.
const root = resolve(import.meta.dirname, '../..');
const points = parsePoints(
  'points.json',
  parseJson('points.json', readFileSync(resolve(root, 'public/data/points.json'), 'utf8')),
);
const report = readFileSync(resolve(root, 'data/build-report.md'), 'utf8');
const local = points.ports.filter((p) => p.port !== undefined);

describe('ports of the three provinces in the shipped data', () => {
  it('every port names its sources, and each of its records carries a citation', () => {
    expect(local.length).toBe(101);
    for (const p of local) {
      expect(p.source.trim(), p.id).not.toBe('');
      expect(p.port?.records.length ?? 0, p.id).toBeGreaterThan(0);
      for (const r of p.port?.records ?? []) expect(r.citation.trim(), `${p.id} ${r.ref}`).not.toBe('');
    }
  });

  it('Ampana lies in Tojo Una-Una, at the point BIG and BMKG agree on; the 2017 point 111 km off is a listed disagreement', () => {
    const ampana = local.find((p) => p.id === 'port-ampana');
    expect(ampana).toMatchObject({ kemendagri_code: '72.09' });
    expect(ampana?.lat).toBeCloseTo(-0.8667, 3);
    const kemenhub = ampana?.port?.records.find((r) => r.ref === 'kemenhub-MPN');
    expect(kemenhub?.km).toBeGreaterThan(110);
    expect(report).toContain('Ampana: Kemenhub SIMPEL (2017) ("Ampana") is 111.3 km from the coordinate used');
    // And it is a distance target again: it was left out while its only point was in Morowali Utara.
    expect(facilitiesFromPoints(points).some((f) => f.lon === ampana?.lon && f.lat === ampana?.lat)).toBe(true);
  });

  it('Sulteng has a port in every coastal kab/kota; Sigi (landlocked) has none', () => {
    const sulteng = new Set(local.filter((p) => p.kemendagri_code.startsWith('72.')).map((p) => p.kemendagri_code));
    const all = [
      '72.01',
      '72.02',
      '72.03',
      '72.04',
      '72.05',
      '72.06',
      '72.07',
      '72.08',
      '72.09',
      '72.11',
      '72.12',
      '72.71',
    ];
    expect([...sulteng].sort()).toEqual(all);
  });

  it('no duplicate: no two ports with a matching name lie within the merge distance', () => {
    for (const [i, a] of local.entries())
      for (const b of local.slice(i + 1)) {
        if (a.lon === null || a.lat === null || b.lon === null || b.lat === null) continue;
        const km = haversineKm(a.lon, a.lat, b.lon, b.lat);
        if (km <= MERGE_KM && namesMatch(a.name, b.name)) {
          // Allowed only where a recorded decision keeps them apart (two ports of one town).
          const decisions = readFileSync(resolve(root, 'data/port-decisions.csv'), 'utf8');
          const refsA = a.port?.records.map((r) => r.ref) ?? [];
          const refsB = b.port?.records.map((r) => r.ref) ?? [];
          const decided = refsA.some((x) =>
            refsB.some((y) => decisions.includes(`${x},${y},distinct`) || decisions.includes(`${y},${x},distinct`)),
          );
          expect(decided, `${a.id} / ${b.id} (${km.toFixed(1)} km)`).toBe(true);
        }
      }
  });

  it('every port whose coordinate falls outside the kab/kota its sources name is in the build report and out of distances', () => {
    const conflicts = local.filter((p) => p.location_check === 'other_region');
    const facilities = facilitiesFromPoints(points);
    for (const p of conflicts) {
      expect(report).toContain(`ports ${p.id} `);
      expect(facilities.some((f) => f.lon === p.lon && f.lat === p.lat)).toBe(false);
    }
  });

  it('the hierarchy is read from BIG: Pantoloan utama, Luwuk pengumpul, Ampana pengumpan lokal', () => {
    const h = (id: string) => local.find((p) => p.id === id)?.port?.hierarchy;
    expect([h('port-pantoloan'), h('port-luwuk'), h('port-ampana')]).toEqual([1, 2, 4]);
  });
});

const rec = (ref: string, name: string, lon: number, lat: number, extra: Partial<PortRecord> = {}): PortRecord => ({
  ref,
  source: 'bmkg',
  name,
  statedKab: '',
  lat,
  lon,
  hierarchy: null,
  service: null,
  year: '2025',
  citation: 'test',
  ...extra,
});

describe('mergePorts', () => {
  it('merges matching names within the distance, asks for a decision beyond it, and refuses a stale decision', () => {
    const a = rec('a', 'Pelabuhan Toli-Toli', 120.8, 1.05);
    const b = rec('b', 'Tolitoli', 120.81, 1.04, { source: 'big_umum' });
    const far = rec('c', 'Toli-toli', 120.9, 1.2);
    const m = mergePorts([a, b, far], []);
    expect(m.clusters.find((c) => c.records.length === 2)?.chosen.ref).toBe('b');
    expect(m.undecided.map((u) => [u.a.ref, u.b.ref].sort().join())).toEqual(['a,c', 'b,c']);
    const decided = mergePorts([a, b, far], [{ a: 'a', b: 'c', decision: 'same', reason: 'test' }]);
    expect(decided.undecided).toEqual([]);
    expect(decided.clusters).toHaveLength(1);
    expect(mergePorts([a], [{ a: 'a', b: 'zz', decision: 'same', reason: 'x' }]).badDecisions).toHaveLength(1);
  });

  it('a fisheries port never merges with another port of the same name', () => {
    const m = mergePorts(
      [
        rec('a', 'Pelabuhan Sape', 119, -8.57),
        rec('b', 'Pelabuhan Perikanan Sape', 119.001, -8.57, { service: 'perikanan' }),
      ],
      [{ a: 'a', b: 'b', decision: 'distinct', reason: 'test' }],
    );
    expect(m.clusters).toHaveLength(2);
  });

  it('takes the coordinate most records agree with, never an average', () => {
    const m = mergePorts(
      [
        rec('big', 'Pantoloan', 119.858, -0.7796, { source: 'big_umum' }),
        rec('bmkg', 'Pelabuhan Pantoloan', 119.8554, -0.7107),
        rec('dlca', 'Pantoloan', 119.8508, -0.7008, { source: 'dlca' }),
      ],
      [{ a: 'big', b: 'bmkg', decision: 'same', reason: 'test' }],
    );
    const c = m.clusters[0];
    expect(c?.chosen.ref).toBe('bmkg');
    expect(c?.disagreeing.map((d) => d.record.ref)).toEqual(['big']);
  });
});

describe('operating estates (criterion dist:estate@operating)', () => {
  it('reads the list status: IMIP and KEK Palu operate; IHIP (building) and KIMA 2 (planned) do not', async () => {
    const { isOperating } = await import('../../web/src/domain/scoring/candidates');
    const status = (needle: string) =>
      points.estates.find((p) => p.name.includes(needle))?.attrs.find(([k]) => k === 'status')?.[1] ?? '';
    expect(isOperating(status('IMIP'))).toBe(true);
    expect(isOperating(status('KEK) Palu'))).toBe(true);
    expect(isOperating(status('IHIP'))).toBe(false);
    expect(isOperating(status('KIMA 2'))).toBe(false);
  });
});
