/**
 * Criterion ids name a raw value per kab/kota:
 * - `ind:<indicator>`        the indicator's headline value;
 * - `per_km2:<indicator>`    value ÷ land area (area_km2);
 * - `per_capita:<indicator>` value ÷ population ≈2024 × 1,000 (per 1,000 people);
 * - `dist:<facility>`        straight-line km from the kab/kota's inside point to the nearest
 *                            facility of that kind (estate, kek, port), haversine on a sphere of
 *                            radius EARTH_RADIUS_KM.
 */
export type FacilityKind = 'estate' | 'kek' | 'port';
export const FACILITY_KINDS: readonly FacilityKind[] = ['estate', 'kek', 'port'];

export type CriterionRef =
  | { readonly kind: 'ind'; readonly indicator: string }
  | { readonly kind: 'per_km2'; readonly indicator: string }
  | { readonly kind: 'per_capita'; readonly indicator: string }
  | { readonly kind: 'dist'; readonly facility: FacilityKind };

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

export function parseCriterionId(id: string): CriterionRef | null {
  const m = /^(ind|per_km2|per_capita|dist):(.+)$/.exec(id);
  if (!m) return null;
  const [, kind, rest] = m as unknown as [string, string, string];
  if (kind === 'dist')
    return (FACILITY_KINDS as readonly string[]).includes(rest)
      ? { kind: 'dist', facility: rest as FacilityKind }
      : null;
  return { kind: kind as 'ind' | 'per_km2' | 'per_capita', indicator: rest };
}

/** Great-circle distance in km between two [lon, lat] points (haversine). */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
}
