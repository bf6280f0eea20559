import type { PointRecord, PointsFile, RegionProps } from '../dataset-types';
import { type FacilityKind, haversineKm, parseCriterionId } from './criteria';
import type { CandidateInput } from './score-types';

export interface Facility {
  readonly kind: FacilityKind;
  readonly lon: number;
  readonly lat: number;
  /** Sector/commodity text (sentra), lower case; '' for others. */
  readonly tag: string;
  /** Port hierarchy rank (1 utama … 4 pengumpan lokal); null where none is stated. */
  readonly rank: number | null;
  /** Estates/KEK: the list states it operating (or existing); false for planned, building, other kinds. */
  readonly operating?: boolean;
}

/**
 * An estate's status text as the list writes it ("operating (since 2015)", "existing (…)",
 * "planned (PSN)", "under construction…"): operating only when it starts with operating/existing.
 */
export function isOperating(status: string): boolean {
  return /^(operating|existing)\b/i.test(status.trim());
}

/** Located estates (KEK apart from the other estate types), ports and sentra: the distance targets. */
/**
 * A point whose coordinate falls in another kab/kota than its source names is a conflict: it is
 * shown (marked) but takes no part in distances or counts until the data is corrected.
 */
export function usableForDistance(p: Pick<PointRecord, 'location_check'>): boolean {
  return p.location_check !== 'other_region';
}

export function facilitiesFromPoints(points: PointsFile): Facility[] {
  const out: Facility[] = [];
  for (const p of points.estates) {
    if (p.lon !== null && p.lat !== null && usableForDistance(p))
      out.push({
        kind: p.kind === 'kek' ? 'kek' : 'estate',
        lon: p.lon,
        lat: p.lat,
        tag: '',
        rank: null,
        operating: isOperating(p.attrs.find(([k]) => k === 'status')?.[1] ?? ''),
      });
  }
  for (const p of points.ports) {
    if (p.lon !== null && p.lat !== null && usableForDistance(p))
      out.push({ kind: 'port', lon: p.lon, lat: p.lat, tag: '', rank: p.port?.hierarchy ?? null });
  }
  for (const p of points.sentra) {
    if (p.lon !== null && p.lat !== null && usableForDistance(p))
      out.push({ kind: 'sentra', lon: p.lon, lat: p.lat, tag: `${p.kind} ${p.name}`.toLowerCase(), rank: null });
  }
  return out;
}

/** Headline value of an indicator for a kab/kota, or null. */
export type HeadlineLookup = (indicator: string, kemendagriCode: string) => number | null;

/** Raw values of the given columns for every kab/kota: the oracle's input (TypeScript side). */
export function buildCandidates(
  regions: readonly RegionProps[],
  headline: HeadlineLookup,
  facilities: readonly Facility[],
  columns: readonly string[],
): CandidateInput[] {
  return regions.map((r) => ({
    kemendagri_code: r.kemendagri_code,
    bps_code: r.bps_code,
    name: r.name,
    kind: r.kind,
    kemendagri_prov_code: r.kemendagri_prov_code,
    raw: columns.map((id) => rawValue(id, r, headline, facilities)),
  }));
}

function rawValue(
  id: string,
  r: RegionProps,
  headline: HeadlineLookup,
  facilities: readonly Facility[],
): number | null {
  const ref = parseCriterionId(id);
  if (!ref) throw new Error(`unknown criterion id ${id}`);
  if (ref.kind === 'dist' || ref.kind === 'count') {
    let best: number | null = null;
    let within = 0;
    for (const f of facilities) {
      if (f.kind !== ref.facility || (ref.word !== null && !f.tag.includes(ref.word))) continue;
      if (ref.maxRank !== null && (f.rank === null || f.rank > ref.maxRank)) continue;
      if (ref.operating && f.operating !== true) continue;
      const d = haversineKm(r.label_lon, r.label_lat, f.lon, f.lat);
      if (best === null || d < best) best = d;
      if (ref.kind === 'count' && d <= ref.km) within++;
    }
    return ref.kind === 'count' ? within : best;
  }
  const v = headline(ref.indicator, r.kemendagri_code);
  if (v === null || ref.kind === 'ind') return v;
  const by = headline(ref.kind === 'per_km2' ? 'area_km2' : 'pop_2024', r.kemendagri_code);
  if (by === null || by === 0) return null;
  return ref.kind === 'per_km2' ? v / by : (v / by) * 1000;
}
