import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { buildCandidates } from '../domain/scoring/candidates';
import { scoreOracle, scoringMatrix } from '../domain/scoring/oracle';
import { requiredColumns, type Scenario } from '../domain/scoring/scenario';
import { setMembership } from '../domain/selection/set-membership';
import { siteCandidates, siteSetParams } from '../domain/selection/site-candidates';
import { chooseSites } from '../domain/selection/site-set';
import { exampleScenario, facilities, headline, regions } from '../engine/embedded-data';
import { highsSolve } from './highs-solve';

// Issue 17, item 4: P(in the chosen set), on the shipped example with HiGHS in-process.
const solve = highsSolve(await loadHighs());
const s: Scenario = { ...exampleScenario, site_set: { k: 3, min_spacing_km: 100 } };
const cands = buildCandidates(regions, headline, facilities, requiredColumns(s));
const rows = scoreOracle(s, cands);
const matrix = scoringMatrix(s, cands);
const params = siteSetParams(s);
const sites = siteCandidates(s, rows, regions);

describe('chance of being in the chosen set', () => {
  it('with no weight spread and nothing missing it is 1 for the chosen set and 0 for the rest', () => {
    if (!params) throw new Error('no site set');
    const filled: typeof matrix = { ...matrix, missing: matrix.values.map((r) => r.map(() => false)) };
    const answer = chooseSites(sites, params, solve);
    if (answer.status !== 'optimal') throw new Error('not optimal');
    const m = setMembership(
      filled,
      s.criteria.map((c) => c.weight),
      sites,
      params,
      solve,
      { draws: 20, spread: 0, seed: 1 },
    );
    expect(m.solved).toBe(20);
    for (const c of sites) expect(m.share[c.code], c.code).toBe(answer.chosen.includes(c.code) ? 1 : 0);
  });

  it('on the example, the shares of a draw add up to K, and a kab/kota without coconut data gets a real chance', () => {
    if (!params) throw new Error('no site set');
    const m = setMembership(
      matrix,
      s.criteria.map((c) => c.weight),
      sites,
      params,
      solve,
      { draws: 50, spread: 0.2, seed: 42 },
    );
    expect(m.solved).toBe(50);
    expect(Object.values(m.share).reduce((a, b) => a + b, 0)).toBeCloseTo(3, 9);
    const withoutCoconut = sites.filter((c) => !['72.01', '72.03'].includes(c.code));
    expect(Math.max(...withoutCoconut.map((c) => m.share[c.code] ?? 0))).toBeGreaterThan(0.2);
  });
});
