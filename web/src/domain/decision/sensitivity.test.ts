import { describe, expect, it } from 'vitest';
import type { ScoringMatrix } from '../scoring/oracle';
import { monteCarlo, oneAtATime, ranksFor, scoresFor, seededRandom, stabilityOf } from './sensitivity';

// Two candidates, two criteria, normalised values A = (1, 0), B = (0, 1).
const m: ScoringMatrix = {
  codes: ['72.01', '72.02'],
  method: 'wlc',
  alpha: 1,
  directions: ['benefit', 'benefit'],
  values: [
    [1, 0],
    [0, 1],
  ],
};

describe('sensitivity', () => {
  it('one-at-a-time: weights 0.6/0.4 rank A first; −50 % on criterion 1 reverses the ranking', () => {
    const s = oneAtATime(m, [0.6, 0.4], 0, [-0.5, 0, 0.5]);
    expect(s.ranks).toEqual([
      [2, 1],
      [1, 2],
      [1, 2],
    ]);
  });

  it('Monte Carlo matches the analytic probability (0.8125) that A stays first', () => {
    // A wins iff 0.6(1 + 0.5a) > 0.4(1 + 0.5b), a, b ~ U(−1, 1): P = 0.25 + 0.5625 = 0.8125 (by hand).
    const r = monteCarlo(m, [0.6, 0.4], { draws: 20_000, spread: 0.5, seed: 7 });
    expect(r.minRank).toEqual([1, 1]);
    expect(r.maxRank).toEqual([2, 2]);
    // P(A first), with the same draw procedure and seed as monteCarlo().
    const rand = seededRandom(7);
    let wins = 0;
    for (let d = 0; d < 20_000; d++) {
      const w = [0.6 * (1 + 0.5 * (2 * rand() - 1)), 0.4 * (1 + 0.5 * (2 * rand() - 1))];
      if (ranksFor(m, scoresFor(m, w))[0] === 1) wins++;
    }
    expect(Math.abs(wins / 20_000 - 0.8125)).toBeLessThan(0.01);
  });

  it('is reproducible from its seed and reports a dominant candidate as stable', () => {
    const dom: ScoringMatrix = {
      ...m,
      values: [
        [1, 1],
        [0, 0.5],
      ],
    };
    const a = monteCarlo(dom, [0.5, 0.5], { draws: 1000, spread: 0.3, seed: 1 });
    const b = monteCarlo(dom, [0.5, 0.5], { draws: 1000, spread: 0.3, seed: 1 });
    expect(a).toEqual(b);
    expect(a.pTop3).toEqual([1, 1]);
    expect([a.p5[0], a.p95[0]]).toEqual([1, 1]);
    expect(stabilityOf(a.p5[0] as number, a.p95[0] as number)).toBe('stable');
    expect(stabilityOf(2, 7)).toBe('sensitive');
  });
});
