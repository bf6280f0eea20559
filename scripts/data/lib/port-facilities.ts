import {
  type LocationCheck,
  PORT_HIERARCHY,
  type PointRecord,
  type PortService,
  type PortSource,
} from '../../../web/src/domain/dataset-types';
import { haversineKm } from '../../../web/src/domain/scoring/criteria';
import { type PolygonIndex, resolveStatedName, slug } from './points';
import { type Cluster, MERGE_KM, type PortRecord, SOURCE_PRIORITY } from './port-merge';
import type { RegionRow } from './regions';

export const SOURCE_LABEL: Record<PortSource, string> = {
  big_umum: 'BIG Satu Peta, pelabuhan umum (2024-07)',
  big_penyeberangan: 'BIG Satu Peta, pelabuhan penyeberangan (2024-07)',
  bmkg: 'BMKG maritim port list (2025)',
  dlca: 'WFP Logistics Cluster DLCA (2018)',
  kemenhub_2017: 'Kemenhub SIMPEL (2017)',
  wpi: 'NGA World Port Index',
  compiled: 'compiled centroid',
};

const HIERARCHY_TEXT = [
  'Pelabuhan Utama',
  'Pelabuhan Pengumpul',
  'Pelabuhan Pengumpan Regional',
  'Pelabuhan Pengumpan Lokal',
];

const rank = (r: PortRecord) => SOURCE_PRIORITY.indexOf(r.source);

/**
 * The kab/kota the sources state: each record's stated name resolved to a code, the most
 * named code winning (ties: the better source). BMKG and the WPI name none.
 */
function statedCode(c: Cluster, regions: ReadonlyMap<string, RegionRow>): { code: string; others: string[] } {
  const votes = new Map<string, { n: number; best: number }>();
  for (const r of c.records) {
    const code = resolveStatedName(regions, r.statedKab);
    if (!code) continue;
    const v = votes.get(code) ?? { n: 0, best: Number.POSITIVE_INFINITY };
    votes.set(code, { n: v.n + 1, best: Math.min(v.best, rank(r)) });
  }
  const sorted = [...votes.entries()].sort((a, b) => b[1].n - a[1].n || a[1].best - b[1].best);
  return { code: sorted[0]?.[0] ?? '', others: sorted.slice(1).map(([k]) => k) };
}

export interface PortFacilitiesResult {
  readonly points: PointRecord[];
  readonly problems: string[];
  /** Lines for the build report: sources that disagree about a port's place. */
  readonly disagreements: string[];
}

/** One point record per merged port, with its class, services and every source record. */
export function buildPortFacilities(
  clusters: readonly Cluster[],
  regions: ReadonlyMap<string, RegionRow>,
  index: PolygonIndex,
): PortFacilitiesResult {
  const points: PointRecord[] = [];
  const problems: string[] = [];
  const disagreements: string[] = [];
  const ids = new Set<string>();
  for (const c of clusters) {
    const named = [...c.records].sort((a, b) => rank(a) - rank(b))[0] as PortRecord;
    const stated = statedCode(c, regions);
    const others = stated.others;
    const located = index.locate(c.chosen.lon, c.chosen.lat);
    // No source names a kab/kota (BMKG, WPI): the polygon the point is in, checked as
    // 'no_stated_region' so the detail says it comes from the coordinate.
    const code = stated.code || located;
    let check: LocationCheck;
    if (stated.code === '') check = 'no_stated_region';
    else if (located === '') check = 'at_sea';
    else check = located === code ? 'inside' : 'other_region';
    let id = `port-${slug(named.name)}`;
    if (ids.has(id)) id = `${id}-${code}`;
    if (ids.has(id)) throw new Error(`ports: duplicate id ${id}`);
    ids.add(id);
    const name = named.name;
    const regionName = (k: string) => `${regions.get(k)?.name ?? k} (${k})`;
    if (check === 'other_region')
      problems.push(
        `ports ${id} "${name}": sources say ${regionName(code)}; the coordinate used falls in ${regionName(located)}`,
      );
    for (const k of others)
      disagreements.push(`${name}: the sources also name ${regionName(k)}; ${regionName(code)} is named most often`);
    for (const d of c.disagreeing)
      disagreements.push(
        `${name}: ${SOURCE_LABEL[d.record.source]} ("${d.record.name}") is ${d.km.toFixed(1)} km from the coordinate used (${SOURCE_LABEL[c.chosen.source]})`,
      );
    const hierarchies = c.records.map((r) => r.hierarchy).filter((h): h is number => h !== null);
    const hierarchy = hierarchies.length ? Math.min(...hierarchies) : null;
    const services = [...new Set(c.records.map((r) => r.service).filter((s): s is PortService => s !== null))].sort();
    const records = c.records.map((r) => ({
      ref: r.ref,
      source: r.source,
      name: r.name,
      stated_kab: r.statedKab,
      lat: r.lat,
      lon: r.lon,
      km: Math.round(haversineKm(c.chosen.lon, c.chosen.lat, r.lon, r.lat) * 100) / 100,
      year: r.year,
      citation: r.citation,
    }));
    const approximate = c.chosen.source === 'wpi' || c.chosen.source === 'compiled';
    points.push({
      id,
      layer: 'ports',
      name,
      kind: hierarchy === null ? services.join(', ') : (HIERARCHY_TEXT[hierarchy - 1] as string),
      kemendagri_code: code,
      bps_code: code ? (regions.get(code)?.bps_code ?? '') : '',
      lon: c.chosen.lon,
      lat: c.chosen.lat,
      approximate,
      coord_method: `${SOURCE_LABEL[c.chosen.source]}${approximate ? ' (rounded or centroid)' : ''}`,
      location_check: check,
      located_in: located,
      year: c.chosen.year,
      source: [...new Set(c.records.map((r) => `${SOURCE_LABEL[r.source]}: ${r.citation}`))].join(' | '),
      attrs: [
        ['hierarchy', hierarchy === null ? '' : `${PORT_HIERARCHY[hierarchy - 1]} (BIG hirrki ${hierarchy})`],
        ['services', services.join(', ')],
        ['records', String(c.records.length)],
        ['merge rule', `same place words within ${MERGE_KM} km, or a decision in data/port-decisions.csv`],
      ],
      port: { hierarchy, services, records },
    });
  }
  points.sort((a, b) => a.kemendagri_code.localeCompare(b.kemendagri_code) || a.name.localeCompare(b.name));
  return { points, problems, disagreements };
}
