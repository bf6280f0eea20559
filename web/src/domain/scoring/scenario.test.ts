import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ahp, groupMatrix } from '../weighting/ahp';
import { resolveWeights, type Scenario, validateScenario } from './scenario';

const good = {
  version: 1,
  name: 'x',
  scope: { provinces: ['72'] },
  method: 'wlc',
  criteria: [
    { id: 'ind:pop_2024', direction: 'benefit', normalisation: { kind: 'minmax' }, weight: 1, missing: 'worst' },
  ],
  constraints: [],
  top_n: 3,
};
const fields = (v: unknown, known?: Set<string>) => {
  const r = validateScenario(v, known);
  return r.ok ? [] : r.errors.map((e) => e.field);
};

describe('validateScenario', () => {
  it('accepts a valid scenario', () => {
    expect(validateScenario(good).ok).toBe(true);
  });

  it('names each wrong field', () => {
    expect(fields({ ...good, version: 2 })).toEqual(['version']);
    expect(fields({ ...good, method: 'ahp' })).toEqual(['method']);
    expect(fields({ ...good, criteria: [{ ...good.criteria[0], weight: -1 }] })).toEqual(['criteria[0].weight']);
    expect(fields({ ...good, criteria: [{ ...good.criteria[0], weight: 0 }] })).toEqual(['criteria']);
    expect(fields({ ...good, criteria: [{ ...good.criteria[0], id: 'pop_2024' }] })).toEqual(['criteria[0].id']);
    expect(
      fields({ ...good, criteria: [{ ...good.criteria[0], normalisation: { kind: 'fixed', min: 5, max: 5 } }] }),
    ).toEqual(['criteria[0].normalisation']);
    expect(fields({ ...good, constraints: [{ kind: 'within_km', facility: 'airport', km: 10 }] })).toEqual([
      'constraints[0].facility',
    ]);
    expect(fields({ ...good, scope: { provinces: ['7'] } })).toEqual(['scope.provinces']);
    expect(fields({ ...good, criteria: [{ ...good.criteria[0], id: 'ind:nope' }] }, new Set(['pop_2024']))).toEqual([
      'criteria[0].id',
    ]);
    expect(fields('not json object')).toEqual(['(root)']);
  });
});

describe('AHP in scenarios', () => {
  const fgd = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../../scenarios/coconut-fgd-ahp-sulteng.json'), 'utf8'),
  ) as Scenario;

  it("validates the participants' matrices and names the offending cell", () => {
    expect(validateScenario(fgd).ok).toBe(true);
    const m = fgd.ahp?.participants[0]?.matrix.map((r) => [...r]) ?? [];
    (m[0] as number[])[1] = 2.5; // off-scale and no longer reciprocal
    const bad = { ...fgd, ahp: { participants: [{ name: 'X', matrix: m }] } };
    const r = validateScenario(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toContain('ahp.participants[0].matrix[0][1]');
    expect(fields({ ...fgd, ahp: { participants: [{ name: 'X', matrix: [[1]] }] } })).toEqual([
      'ahp.participants[0].matrix',
    ]);
  });

  it('uses the group (geometric-mean) eigenvector as the weights', () => {
    const w = ahp(groupMatrix(fgd.ahp?.participants.map((p) => p.matrix) ?? [])).weights;
    const resolved = resolveWeights(fgd).criteria.map((c) => c.weight);
    resolved.forEach((x, i) => {
      expect(Math.abs(x - (w[i] as number) * 100)).toBeLessThan(0.006);
    });
    expect(resolveWeights(good as unknown as Scenario)).toBe(good);
  });
});
