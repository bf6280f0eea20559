import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PointsFile } from './dataset-types';
import { pointsInRegion } from './points-in-region';

const points = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/data/points.json'), 'utf8'),
) as PointsFile;

describe('pointsInRegion', () => {
  it('lists IMIP, IHIP and the Morowali sentra in Morowali (Kemendagri 72.06), not in Donggala (72.03)', () => {
    const ids = pointsInRegion(points, '72.06').map((p) => p.id);
    expect(ids).toContain('imip');
    expect(ids).toContain('ihip-huabao');
    expect(ids).toContain('sikim-meubel-morowali');
    expect(pointsInRegion(points, '72.03').map((p) => p.id)).not.toContain('imip');
  });

  it('lists a point with no coordinates under the kab/kota its source names', () => {
    const freenow = points.processors.find((p) => p.lon === null && p.kemendagri_code === '72.06');
    expect(freenow).toBeDefined();
    expect(pointsInRegion(points, '72.06')).toContain(freenow);
  });
});
