import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { RegionProps } from '../dataset-types';

type RegionFeature = Feature<Polygon | MultiPolygon, RegionProps>;

/**
 * Point → kab/kota (Kemendagri code) by point-in-polygon on the app's boundaries (simplified for
 * the web: a point within a few hundred metres of a border may land on the neighbour's side).
 */
export function createLocator(features: readonly RegionFeature[]): (lon: number, lat: number) => string | null {
  const boxes = features.map((f) => ({ f, b: bbox(f) }));
  return (lon, lat) => {
    for (const { f, b } of boxes) {
      if (lon < b[0] || lon > b[2] || lat < b[1] || lat > b[3]) continue;
      if (booleanPointInPolygon([lon, lat], f)) return f.properties.kemendagri_code;
    }
    return null;
  };
}
