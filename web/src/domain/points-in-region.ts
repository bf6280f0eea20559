import type { PointRecord, PointsFile } from './dataset-types';
import { POINT_LAYERS } from './dataset-types';

/**
 * The points that belong to a kab/kota: those whose source names it, plus those whose coordinate
 * falls in it while the source names another (both kept visible, never silently moved).
 */
export function pointsInRegion(points: PointsFile, kemendagriCode: string): PointRecord[] {
  const out: PointRecord[] = [];
  for (const layer of POINT_LAYERS) {
    for (const p of points[layer]) {
      if (p.kemendagri_code === kemendagriCode || p.located_in === kemendagriCode) out.push(p);
    }
  }
  return out;
}

export function findPoint(points: PointsFile, layer: keyof PointsFile, id: string): PointRecord | undefined {
  return points[layer].find((p) => p.id === id);
}
