/**
 * Criterion ids name a raw value per kab/kota:
 * - `ind:<indicator>`        the indicator's headline value;
 * - `per_km2:<indicator>`    value ÷ land area (area_km2);
 * - `per_capita:<indicator>` value ÷ population ≈2024 × 1,000 (per 1,000 people);
 * - `dist:<facility>[~<word>]` straight-line km from the kab/kota's inside point to the nearest
 *                            facility of that kind (estate, kek, port, sentra), haversine on a
 *                            sphere of radius EARTH_RADIUS_KM; `~word` keeps facilities whose
 *                            sector/commodity text contains the word (e.g. `dist:sentra~kelapa`);
 * - `count:<facility>[~<word>]:<km>` how many such facilities lie within km of that point.
 */
export type FacilityKind = 'estate' | 'kek' | 'port' | 'sentra';
export const FACILITY_KINDS: readonly FacilityKind[] = ['estate', 'kek', 'port', 'sentra'];

export type CriterionRef =
  | { readonly kind: 'ind'; readonly indicator: string }
  | { readonly kind: 'per_km2'; readonly indicator: string }
  | { readonly kind: 'per_capita'; readonly indicator: string }
  | { readonly kind: 'dist'; readonly facility: FacilityKind; readonly word: string | null }
  | { readonly kind: 'count'; readonly facility: FacilityKind; readonly word: string | null; readonly km: number };

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

const isFacility = (v: string): v is FacilityKind => (FACILITY_KINDS as readonly string[]).includes(v);

export function parseCriterionId(id: string): CriterionRef | null {
  const dist = /^dist:([a-z]+)(?:~([^:]+))?$/.exec(id);
  if (dist) {
    const f = dist[1] as string;
    const word = dist[2];
    return isFacility(f) ? { kind: 'dist', facility: f, word: word ? word.toLowerCase() : null } : null;
  }
  const count = /^count:([a-z]+)(?:~([^:]+))?:(\d+(?:\.\d+)?)$/.exec(id);
  if (count) {
    const f = count[1] as string;
    const word = count[2];
    const km = Number(count[3]);
    return isFacility(f) && km > 0 ? { kind: 'count', facility: f, word: word ? word.toLowerCase() : null, km } : null;
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
