import type { Observation, RegionProps } from '../dataset-types';
import { haversineKm } from '../scoring/criteria';

export interface CatchmentRegion {
  readonly kemendagri_code: string;
  readonly name: string;
  readonly km: number;
  /** Index of the first ring (by radius) containing the kab/kota's inside point. */
  readonly ring: number;
  /** The headline value, or null (no data — counted, never filled). */
  readonly supply: number | null;
  readonly year: string | null;
}

export interface CatchmentRing {
  readonly radiusKm: number;
  /** Cumulative: every kab/kota within this radius. */
  readonly regions: number;
  readonly withData: number;
  readonly supply: number;
  readonly years: readonly string[];
}

export interface Catchment {
  readonly regions: readonly CatchmentRegion[];
  readonly rings: readonly CatchmentRing[];
}

/**
 * Kab/kota whose inside point lies within each radius of a facility (straight line), with their
 * supply of an indicator. Sums count only known values; how many are unknown is reported.
 */
export function buildCatchment(
  facility: { lon: number; lat: number },
  regions: readonly RegionProps[],
  headline: ReadonlyMap<string, Observation>,
  radiiKm: readonly number[],
): Catchment {
  const radii = [...radiiKm].filter((r) => r > 0).sort((a, b) => a - b);
  const max = radii[radii.length - 1] ?? 0;
  const inside: CatchmentRegion[] = [];
  for (const r of regions) {
    const km = haversineKm(facility.lon, facility.lat, r.label_lon, r.label_lat);
    if (km > max) continue;
    const o = headline.get(r.kemendagri_code);
    inside.push({
      kemendagri_code: r.kemendagri_code,
      name: r.name,
      km,
      ring: radii.findIndex((x) => km <= x),
      supply: o ? o.value : null,
      year: o ? o.year : null,
    });
  }
  inside.sort((a, b) => a.km - b.km);
  const rings = radii.map((radiusKm, i) => {
    const within = inside.filter((x) => x.ring <= i);
    const known = within.filter((x) => x.supply !== null);
    return {
      radiusKm,
      regions: within.length,
      withData: known.length,
      supply: known.reduce((a, x) => a + (x.supply as number), 0),
      years: [...new Set(known.map((x) => x.year ?? ''))].sort(),
    };
  });
  return { regions: inside, rings };
}
