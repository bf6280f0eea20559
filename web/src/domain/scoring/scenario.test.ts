import { describe, expect, it } from 'vitest';
import { validateScenario } from './scenario';

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
