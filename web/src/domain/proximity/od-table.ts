import { csvField } from '../csv-field';
import type { PointRecord, PointsFile, RegionProps } from '../dataset-types';
import { haversineKm } from '../scoring/criteria';
import { type AdjacencyGraph, overlandFrom, overlandToPoint } from './adjacency';

export interface OdRow {
  readonly origin_kemendagri: string;
  readonly origin_bps: string;
  readonly origin_name: string;
  readonly facility_id: string;
  readonly facility_layer: 'estates' | 'ports';
  readonly facility_name: string;
  readonly facility_kind: string;
  /** The kab/kota the facility's point lies in (or the one its source names, at sea). */
  readonly facility_region: string;
  readonly straight_km: number;
  /**
   * Overland proxy: border hops between kab/kota inside points, then the last leg to the facility
   * (straight within the origin kab/kota); never below straight_km. null = sea crossing.
   */
  readonly overland_km: number | null;
  readonly sea_crossing: boolean;
  /** Landmass of each end, named by the Kemendagri code of its first kab/kota. */
  readonly origin_landmass: string;
  readonly facility_landmass: string;
  readonly approximate_coordinate: boolean;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

function landmassName(g: AdjacencyGraph, node: number): string {
  return g.regions[g.landmass[node] as number]?.kemendagri_code ?? '';
}

/**
 * Kab/kota × facilities (located estates/KEK and ports). Straight-line km from the kab/kota's
 * inside point to the facility point; overland proxy through shared borders; sea crossing when
 * the two are on different landmasses.
 */
export function buildOdTable(g: AdjacencyGraph, origins: readonly RegionProps[], points: PointsFile): OdRow[] {
  const facilities = [...points.estates, ...points.ports].filter(
    (p): p is PointRecord & { lon: number; lat: number } => p.lon !== null && p.lat !== null,
  );
  const rows: OdRow[] = [];
  for (const o of origins) {
    const from = g.index.get(o.kemendagri_code);
    if (from === undefined) continue;
    const overland = overlandFrom(g, from);
    for (const f of facilities) {
      const region = f.located_in || f.kemendagri_code;
      const to = g.index.get(region);
      const km = to === undefined ? Number.POSITIVE_INFINITY : overlandToPoint(g, overland, from, to, f.lon, f.lat);
      rows.push({
        origin_kemendagri: o.kemendagri_code,
        origin_bps: o.bps_code,
        origin_name: o.name,
        facility_id: f.id,
        facility_layer: f.layer as 'estates' | 'ports',
        facility_name: f.name,
        facility_kind: f.kind,
        facility_region: region,
        straight_km: round1(haversineKm(o.label_lon, o.label_lat, f.lon, f.lat)),
        overland_km: Number.isFinite(km) ? round1(km) : null,
        sea_crossing: !Number.isFinite(km),
        origin_landmass: landmassName(g, from),
        facility_landmass: to === undefined ? '' : landmassName(g, to),
        approximate_coordinate: f.approximate,
      });
    }
  }
  return rows.sort((a, b) => a.origin_kemendagri.localeCompare(b.origin_kemendagri) || a.straight_km - b.straight_km);
}

const COLUMNS: readonly (keyof OdRow)[] = [
  'origin_kemendagri',
  'origin_bps',
  'origin_name',
  'facility_id',
  'facility_layer',
  'facility_name',
  'facility_kind',
  'facility_region',
  'straight_km',
  'overland_km',
  'sea_crossing',
  'origin_landmass',
  'facility_landmass',
  'approximate_coordinate',
];

/** CSV with a provenance header line (sources, method, Earth radius). */
export function odTableCsv(rows: readonly OdRow[]): string {
  const head =
    '# Sentra Atlas origin–destination table. straight_km: haversine (R = 6371.0088 km) from the kab/kota inside point; overland_km: proxy through kab/kota sharing a land border, inside point to inside point, then the last leg to the facility (never below straight_km; no road network, no travel time); sea_crossing: different landmass. Facilities: Sentra Atlas lists of estates/KEK and ports (Kemenhub 2017, NGA World Port Index; in Sulteng, Sulsel and NTB merged with BIG Satu Peta 2024 and BMKG 2025); most coordinates are approximate (village/kecamatan centroids or rounded).';
  return `${head}\n${COLUMNS.join(',')}\n${rows.map((r) => COLUMNS.map((c) => csvField(r[c])).join(',')).join('\n')}\n`;
}
