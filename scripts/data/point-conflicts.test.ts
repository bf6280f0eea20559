import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson, parsePoints } from '../../web/src/data/parse-files';
import { facilitiesFromPoints } from '../../web/src/domain/scoring/candidates';

// A point's source names a kab/kota; where the coordinate falls elsewhere it is a conflict,
// shown as such and kept out of distances (issue 14).
const root = resolve(import.meta.dirname, '../..');
const points = parsePoints(
  'points.json',
  parseJson('points.json', readFileSync(resolve(root, 'public/data/points.json'), 'utf8')),
);
const report = readFileSync(resolve(root, 'data/build-report.md'), 'utf8');

describe('point conflicts in the shipped data', () => {
  it('every conflicting point is in the build report and out of the distance facilities', () => {
    const all = [...points.sentra, ...points.estates, ...points.ports, ...points.processors];
    const conflicts = all.filter((p) => p.location_check === 'other_region');
    expect(conflicts.length).toBeGreaterThan(0);
    for (const p of conflicts) expect(report, p.id).toContain(`${p.layer} ${p.id} `);
    const facilities = facilitiesFromPoints(points);
    for (const p of conflicts)
      expect(
        facilities.some((f) => f.lon === p.lon && f.lat === p.lat),
        p.id,
      ).toBe(false);
  });

  it('every Sulteng, Sulsel and NTB port names its source', () => {
    for (const p of points.ports.filter((x) => /^(72|73|52)\./.test(x.kemendagri_code)))
      expect(p.source.trim(), p.id).not.toBe('');
  });
});
