import { describe, expect, it } from 'vitest';
import { PRESETS, presetCriteria, presetUsable } from './presets';
import { validateScenario } from './scenario';

describe('presets', () => {
  it('carry the published weights (each study sums to 100 % up to its own rounding: Alvin et al. 100.2)', () => {
    for (const p of PRESETS)
      expect(Math.abs(p.factors.reduce((a, f) => a + f.weight, 0) - 100)).toBeLessThanOrEqual(0.5);
  });

  it('apply only where the data supports most of the weight, through named proxies', () => {
    expect(PRESETS.filter(presetUsable).map((p) => p.id)).toEqual(['alvin-2008']);
    const crit = presetCriteria(PRESETS[0] as (typeof PRESETS)[0]);
    expect(crit.map((c) => [c.id, c.weight])).toEqual([
      ['dist:port', 59.4],
      ['ind:imk_share_2021', 24.9],
      ['ind:density_2024', 15.9],
    ]);
    const v = validateScenario({
      version: 1,
      name: 'x',
      scope: { provinces: ['72'] },
      method: 'wlc',
      criteria: crit,
      constraints: [],
      top_n: 3,
    });
    expect(v.ok).toBe(true);
    for (const p of PRESETS) for (const f of p.factors) if (f.criterion) expect(f.proxyNote).toBeDefined();
  });
});
