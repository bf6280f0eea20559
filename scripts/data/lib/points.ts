import { booleanPointInPolygon, bbox as turfBbox } from '@turf/turf';
import type { LocationCheck, PointLayerId, PointRecord } from '../../../web/src/domain/dataset-types';
import { parseSourceNumber, type Row } from './csv';
import type { AreaFeature } from './geometry';
import { pairError, type RegionRow } from './regions';

/** How one source table's columns map onto a point record. */
export interface PointSpec {
  readonly layer: PointLayerId;
  readonly file: string;
  readonly id: (r: Row, i: number) => string;
  readonly kind: string;
  readonly year: (r: Row) => string;
  readonly source: string;
  readonly coordMethod: string;
  /**
   * A column holding the kab/kota name as the source wrote it, where the compiled code was
   * assigned from the polygon instead (ports.csv): the point is checked against this name.
   */
  readonly statedName?: string;
}

export const POINT_SPECS: Record<PointLayerId, Omit<PointSpec, 'file'>> = {
  sentra: {
    layer: 'sentra',
    id: (r) => r.id ?? '',
    kind: 'sector_commodity',
    year: (r) => r.status_as_of || r.dak_year || r.year_built || '',
    source: 'sources',
    coordMethod: 'coord_method',
  },
  estates: {
    layer: 'estates',
    id: (r) => r.id ?? '',
    kind: 'type',
    year: (r) => r.year_ref ?? '',
    source: 'sources',
    coordMethod: 'coord_method',
  },
  ports: {
    layer: 'ports',
    id: (r) => r.id ?? '',
    kind: 'category',
    year: (r) => r.year ?? '',
    source: 'source',
    coordMethod: 'coord_source',
    statedName: 'kab_kota_source',
  },
  processors: {
    layer: 'processors',
    id: (r, i) => `processor-${String(i + 1).padStart(2, '0')}-${slug(r.name ?? '')}`,
    kind: 'product',
    year: (r) => r.year ?? '',
    source: 'source',
    coordMethod: 'coord_method',
  },
};

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
}

const normName = (s: string) =>
  s
    .toUpperCase()
    .replace(/^(KAB\.?|KABUPATEN|KOTA ADM\.?|KOTA)\s+/, '')
    // Spaces and hyphens dropped: "Tojo Unauna" ≡ "Tojo Una-Una", "Pare Pare" ≡ "Parepare".
    .replace(/[^A-Z0-9]+/g, '');

/**
 * The Kemendagri code of a kab/kota name as a source wrote it ("TOJO UNA-UNA", "Kota Palu"),
 * when exactly one kab/kota has that name; null when empty or ambiguous (Bima: kab and kota).
 */
export function resolveStatedName(regions: ReadonlyMap<string, RegionRow>, name: string): string | null {
  if (name.trim() === '') return null;
  const isKota = /^KOTA\b/i.test(name.trim());
  const want = normName(name);
  const hits = [...regions.values()].filter((r) => normName(r.name) === want);
  const pick = hits.length > 1 ? hits.filter((r) => (r.kind === 'kota') === isKota) : hits;
  return pick.length === 1 ? (pick[0] as RegionRow).kemendagri_code : null;
}

/** A coordinate is approximate when it is a polygon centroid or a rounded index value. */
export function isApproximate(coordMethod: string): boolean {
  return /centroid|rounded/i.test(coordMethod);
}

export interface PolygonIndex {
  /** Kemendagri code of the polygon containing [lon, lat], or '' at sea. */
  locate(lon: number, lat: number): string;
}

export function createPolygonIndex(features: ReadonlyArray<AreaFeature<{ kemendagri_code: string }>>): PolygonIndex {
  const items = features.map((f) => ({ f, box: turfBbox(f) }));
  return {
    locate(lon, lat) {
      for (const { f, box } of items) {
        if (lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3]) continue;
        if (booleanPointInPolygon([lon, lat], f)) return f.properties.kemendagri_code;
      }
      return '';
    },
  };
}

/**
 * Normalises one source table into point records. The stated kab/kota is kept as the source
 * gives it; the polygon the coordinate falls in is reported beside it, never substituted.
 */
export function buildPoints(
  spec: PointSpec,
  rows: readonly Row[],
  columns: readonly string[],
  regions: ReadonlyMap<string, RegionRow>,
  index: PolygonIndex,
): { points: PointRecord[]; problems: string[] } {
  const problems: string[] = [];
  const points: PointRecord[] = [];
  const ids = new Set<string>();
  for (const [i, r] of rows.entries()) {
    const where = `${spec.file}:${i + 2}`;
    const id = spec.id(r, i);
    if (!id || ids.has(id)) throw new Error(`${where}: missing or duplicate id "${id}"`);
    ids.add(id);
    // The source's own place wins over a code the compilation derived from the coordinate:
    // otherwise a point misplaced by its coordinate would "agree" with itself.
    const stated = spec.statedName ? resolveStatedName(regions, r[spec.statedName] ?? '') : null;
    const k = stated ?? r.kemendagri_kab_code ?? '';
    let b = stated ? '' : (r.bps_kab_code ?? '');
    if (k !== '' && b !== '') {
      const problem = pairError(regions, k, b);
      if (problem) throw new Error(`${where}: ${problem}`);
    }
    // Same region, other code system: filled from the region table, not from the digits.
    if (k !== '') b = regions.get(k)?.bps_code ?? '';
    const lat = parseSourceNumber(r.lat ?? '', `${where} lat`);
    const lon = parseSourceNumber(r.lng ?? '', `${where} lng`);
    const hasCoord = lat !== null && lon !== null;
    if (hasCoord && (lon < 90 || lon > 145 || lat < -15 || lat > 10)) {
      throw new Error(`${where}: coordinate ${lon},${lat} is outside Indonesia's box`);
    }
    const locatedIn = hasCoord ? index.locate(lon, lat) : '';
    let check: LocationCheck;
    if (!hasCoord) check = 'no_coordinates';
    else if (k === '') check = 'no_stated_region';
    else if (locatedIn === '') check = 'at_sea';
    else check = locatedIn === k ? 'inside' : 'other_region';
    if (check === 'other_region' || (check === 'at_sea' && spec.layer !== 'ports')) {
      const stated = regions.get(k)?.name ?? k;
      const found = locatedIn
        ? `${regions.get(locatedIn)?.name ?? locatedIn} (${locatedIn})`
        : 'no kab/kota polygon (at sea)';
      problems.push(`${spec.layer} ${id} "${r.name}": source says ${stated} (${k}); the coordinate falls in ${found}`);
    }
    const coordMethod = r[spec.coordMethod] ?? '';
    points.push({
      id,
      layer: spec.layer,
      name: r.name ?? '',
      kind: r[spec.kind] ?? '',
      kemendagri_code: k,
      bps_code: b,
      lon: hasCoord ? lon : null,
      lat: hasCoord ? lat : null,
      approximate: hasCoord && isApproximate(coordMethod),
      coord_method: coordMethod,
      location_check: check,
      located_in: locatedIn,
      year: spec.year(r),
      source: r[spec.source] ?? '',
      attrs: columns.map((c) => [c, r[c] ?? ''] as const),
    });
  }
  return { points, problems };
}
