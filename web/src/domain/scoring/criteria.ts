/**
 * Criterion ids name a raw value per kab/kota:
 * - `ind:<indicator>`        the indicator's headline value;
 * - `per_km2:<indicator>`    value ÷ land area (area_km2);
 * - `per_capita:<indicator>` value ÷ population ≈2024 × 1,000 (per 1,000 people);
 * - `dist:<facility>[~<word>]` straight-line km from the kab/kota's inside point to the nearest
 *                            facility of that kind (estate, kek, port, sentra), haversine on a
 *                            sphere of radius EARTH_RADIUS_KM; `~word` keeps facilities whose
 *                            sector/commodity text contains the word (e.g. `dist:sentra~kelapa`);
 * - `count:<facility>[~<word>]:<km>` how many such facilities lie within km of that point;
 * - `dist:port@<class>` / `count:port@<class>:<km>` keep ports of that hierarchy or higher
 *                            (`@pengumpul`: utama or pengumpul), as BIG Satu Peta classes them;
 *                            ports without a stated hierarchy are left out;
 * - `dist:estate@operating` / `dist:kek@operating`: only estates/KEK whose status the list states
 *                            as operating (or existing), not planned or under construction.
 */
export type FacilityKind = 'estate' | 'kek' | 'port' | 'sentra';
export const FACILITY_KINDS: readonly FacilityKind[] = ['estate', 'kek', 'port', 'sentra'];

/** Port classes a criterion may ask for, highest first; the index + 1 is the hierarchy rank. */
export const PORT_CLASSES = ['utama', 'pengumpul', 'pengumpan_regional', 'pengumpan_lokal'] as const;
export type PortClass = (typeof PORT_CLASSES)[number];

interface FacilityFilter {
  readonly facility: FacilityKind;
  readonly word: string | null;
  /** Keep facilities whose rank is at most this (1 = utama); null keeps all. */
  readonly maxRank: number | null;
  /** Keep only operating estates/KEK. */
  readonly operating: boolean;
}

export type CriterionRef =
  | { readonly kind: 'ind'; readonly indicator: string }
  | { readonly kind: 'per_km2'; readonly indicator: string }
  | { readonly kind: 'per_capita'; readonly indicator: string }
  | ({ readonly kind: 'dist' } & FacilityFilter)
  | ({ readonly kind: 'count'; readonly km: number } & FacilityFilter);

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

const isFacility = (v: string): v is FacilityKind => (FACILITY_KINDS as readonly string[]).includes(v);

/** The facility part of a dist/count id: kind, optional `@class` (ports only), optional `~word`. */
function facilityFilter(f: string, cls: string | undefined, word: string | undefined): FacilityFilter | null {
  if (!isFacility(f)) return null;
  let maxRank: number | null = null;
  let operating = false;
  if (cls === 'operating') {
    if (f !== 'estate' && f !== 'kek') return null;
    operating = true;
  } else if (cls !== undefined) {
    const i = (PORT_CLASSES as readonly string[]).indexOf(cls);
    if (f !== 'port' || i < 0) return null;
    maxRank = i + 1;
  }
  return { facility: f, word: word ? word.toLowerCase() : null, maxRank, operating };
}

export function parseCriterionId(id: string): CriterionRef | null {
  const dist = /^dist:([a-z]+)(?:@([a-z_]+))?(?:~([^:]+))?$/.exec(id);
  if (dist) {
    const ff = facilityFilter(dist[1] as string, dist[2], dist[3]);
    return ff ? { kind: 'dist', ...ff } : null;
  }
  const count = /^count:([a-z]+)(?:@([a-z_]+))?(?:~([^:]+))?:(\d+(?:\.\d+)?)$/.exec(id);
  if (count) {
    const ff = facilityFilter(count[1] as string, count[2], count[3]);
    const km = Number(count[4]);
    return ff && km > 0 ? { kind: 'count', km, ...ff } : null;
  }
  const m = /^(ind|per_km2|per_capita):(.+)$/.exec(id);
  if (!m) return null;
  return { kind: m[1] as 'ind' | 'per_km2' | 'per_capita', indicator: m[2] as string };
}

/**
 * The direction a new criterion starts with: nearer is better for a distance (cost); more is
 * better for counts and indicators (benefit). The user can still flip it.
 */
export function defaultDirection(id: string): 'benefit' | 'cost' {
  return parseCriterionId(id)?.kind === 'dist' ? 'cost' : 'benefit';
}

/** Great-circle distance in km between two [lon, lat] points (haversine). */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
}
