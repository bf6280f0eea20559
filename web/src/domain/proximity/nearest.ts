import { around } from 'geokdbush';
import KDBush from 'kdbush';
import type { RegionProps } from '../dataset-types';
import type { Facility } from '../scoring/candidates';
import { haversineKm } from '../scoring/criteria';

export interface FacilityIndex {
  readonly facilities: readonly Facility[];
  readonly tree: KDBush;
}

/** A static k-d tree over facility points (kdbush), searched by great-circle distance (geokdbush). */
export function indexFacilities(facilities: readonly Facility[]): FacilityIndex {
  const tree = new KDBush(Math.max(facilities.length, 1));
  for (const f of facilities) tree.add(f.lon, f.lat);
  if (facilities.length === 0) tree.add(0, 0); // kdbush needs one point; filtered out below
  tree.finish();
  return { facilities, tree };
}

export interface ProximityRow {
  readonly kemendagri_code: string;
  /** km to the nearest matching facility (null when there is none). */
  readonly nearestKm: number | null;
  /** Matching facilities within radiusKm. */
  readonly within: number;
}

/**
 * Nearest-facility distance and count within a radius for every kab/kota, through the spatial
 * index (not all pairs). geokdbush's sphere (R = 6371 km) is 1.4 ppm smaller than ours, so its
 * order is the same and its radius search a superset: each hit is re-measured with haversineKm
 * (R = 6371.0088 km) and filtered, which gives exactly the brute-force result.
 */
export function proximityMeasures(
  regions: readonly RegionProps[],
  idx: FacilityIndex,
  opts: { kind: Facility['kind']; word?: string | null; radiusKm: number },
): ProximityRow[] {
  const n = idx.facilities.length;
  const keep = (i: number) => {
    const f = idx.facilities[i];
    return i < n && f !== undefined && f.kind === opts.kind && (!opts.word || f.tag.includes(opts.word));
  };
  return regions.map((r) => {
    const near = around(idx.tree, r.label_lon, r.label_lat, 1, Number.POSITIVE_INFINITY, keep)[0];
    const fn = near === undefined ? undefined : idx.facilities[near];
    const hits = around(idx.tree, r.label_lon, r.label_lat, Number.POSITIVE_INFINITY, opts.radiusKm * 1.00001, keep);
    let within = 0;
    for (const i of hits) {
      const f = idx.facilities[i] as Facility;
      if (haversineKm(r.label_lon, r.label_lat, f.lon, f.lat) <= opts.radiusKm) within++;
    }
    return {
      kemendagri_code: r.kemendagri_code,
      nearestKm: fn ? haversineKm(r.label_lon, r.label_lat, fn.lon, fn.lat) : null,
      within,
    };
  });
}
