import { describe, expect, it } from 'vitest';
import { rankShifts, shiftClass } from './compare';
import type { ScoredRow } from './score-types';

const row = (code: string, rank: number | null): ScoredRow => ({
  kemendagri_code: code,
  bps_code: '',
  name: code,
  kemendagri_prov_code: '72',
  raw: [],
  excluded: rank === null ? { kind: 'constraint', index: 0 } : null,
  score: rank === null ? null : 1 / rank,
  rank,
  contributions: rank === null ? null : [],
});

describe('rankShifts', () => {
  it('computes rank A − rank B (positive = better in B) and keeps exclusions as no shift', () => {
    const a = [row('72.01', 1), row('72.02', 2), row('72.03', 3), row('72.71', null)];
    const b = [row('72.01', 3), row('72.02', 1), row('72.03', 2), row('72.71', 4)];
    const s = rankShifts(a, b);
    expect(s.map((x) => [x.kemendagri_code, x.shift])).toEqual([
      ['72.01', -2],
      ['72.02', 1],
      ['72.03', 1],
      ['72.71', null],
    ]);
    expect([shiftClass(-5), shiftClass(-1), shiftClass(0), shiftClass(2), shiftClass(3)]).toEqual([0, 1, 2, 3, 4]);
  });
});
