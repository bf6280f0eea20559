import { describe, expect, it } from 'vitest';
import { scoreOracle } from './oracle';
import type { Scenario } from './scenario';
import type { CandidateInput } from './score-types';

const row = (code: string, a: number | null, b: number | null): CandidateInput => ({
  kemendagri_code: code,
  bps_code: code.replace('.', ''),
  name: code,
  kind: 'kabupaten',
  kemendagri_prov_code: '72',
  raw: [a, b],
});
const rows = [row('72.01', 10, 5), row('72.02', 20, 5), row('72.03', 30, 15)];
const base: Scenario = {
  version: 1,
  name: 'worked example',
  scope: { provinces: [] },
  method: 'wlc',
  criteria: [
    { id: 'ind:a', direction: 'benefit', normalisation: { kind: 'minmax' }, weight: 3, missing: 'worst' },
    { id: 'ind:b', direction: 'cost', normalisation: { kind: 'minmax' }, weight: 1, missing: 'worst' },
  ],
  constraints: [],
  top_n: 1,
};

describe('scoreOracle — worked examples computed by hand', () => {
  it('WLC: weights 3:1 → 0.75/0.25; a = 10,20,30 → 0, ½, 1; b (cost) = 5,5,15 → 1, 1, 0', () => {
    const r = scoreOracle(base, rows);
    expect(r.map((x) => x.score)).toEqual([0.25, 0.625, 0.75]);
    expect(r.map((x) => x.rank)).toEqual([3, 2, 1]);
    expect(r[1]?.contributions).toEqual([0.375, 0.25]);
  });

  it('TOPSIS: closeness by hand (vector norms √1400 and √275)', () => {
    const r = scoreOracle({ ...base, method: 'topsis' }, rows);
    // A: d+ = 0.400892, d− = 0.150756 → 0.273283; B: 0.200446, 0.250811 → 0.555806; C: 0.150756, 0.400892 → 0.726717
    expect(r[0]?.score).toBeCloseTo(0.273283, 5);
    expect(r[1]?.score).toBeCloseTo(0.555806, 5);
    expect(r[2]?.score).toBeCloseTo(0.726717, 5);
  });

  it('WPM: Π x″^w — a 0 on a weighted criterion cannot be bought off (A and C score 0, tie by code)', () => {
    const r = scoreOracle({ ...base, method: 'wpm' }, rows);
    // A: 0^0.75·1^0.25 = 0; B: 0.5^0.75·1 = 0.594604; C: 1·0^0.25 = 0
    expect(r[0]?.score).toBe(0);
    expect(r[1]?.score).toBeCloseTo(0.5 ** 0.75, 12);
    expect(r[2]?.score).toBe(0);
    expect(r.map((x) => x.rank)).toEqual([2, 1, 3]);
    expect(r[1]?.contributions).toEqual([0.5 ** 0.75, 1]);
  });

  it('OWA: Q(p) = p^α; α = 2 leans on the worst criterion, α = ½ on the best, α = 1 is WLC', () => {
    const pess = scoreOracle({ ...base, method: 'owa', owa_alpha: 2 }, rows);
    // B: b=1 (w ¼) first: Q(¼) = 1/16; a=½: Q(1) − Q(¼) = 15/16 → 1/16 + 15/32 = 0.53125
    // C: a=1 (w ¾): Q(¾) = 9/16 → 0.5625; A: b=1: 1/16 = 0.0625
    expect(pess.map((x) => x.score)).toEqual([0.0625, 0.53125, 0.5625]);
    expect(pess[1]?.contributions).toEqual([15 / 32, 1 / 16]);
    const opt = scoreOracle({ ...base, method: 'owa', owa_alpha: 0.5 }, rows);
    expect(opt[0]?.score).toBeCloseTo(0.5, 12);
    expect(opt[1]?.score).toBeCloseTo(0.75, 12);
    expect(opt[2]?.score).toBeCloseTo(Math.sqrt(0.75), 12);
    const neutral = scoreOracle({ ...base, method: 'owa', owa_alpha: 1 }, rows);
    expect(neutral.map((x) => x.score)).toEqual(scoreOracle(base, rows).map((x) => x.score));
  });

  it('missing values: worst → 0, median → imputed, exclude → listed with the reason', () => {
    const withGap = [row('72.01', 10, 5), row('72.02', null, 5), row('72.03', 30, 15)];
    const worst = scoreOracle(base, withGap);
    expect(worst[1]?.contributions?.[0]).toBe(0);
    const med = scoreOracle(
      {
        ...base,
        criteria: [
          { ...(base.criteria[0] as Scenario['criteria'][0]), missing: 'median' },
          base.criteria[1] as Scenario['criteria'][0],
        ],
      },
      withGap,
    );
    expect(med[1]?.contributions?.[0]).toBeCloseTo(0.75 * 0.5, 12); // median 20 → ½
    const ex = scoreOracle(
      {
        ...base,
        criteria: [
          { ...(base.criteria[0] as Scenario['criteria'][0]), missing: 'exclude' },
          base.criteria[1] as Scenario['criteria'][0],
        ],
      },
      withGap,
    );
    expect(ex[1]?.excluded).toEqual({ kind: 'missing', criterion: 0 });
    expect(ex[1]?.rank).toBeNull();
  });

  it('degenerate range: every candidate gets ½ (no direction bias)', () => {
    const flat = [row('72.01', 7, 1), row('72.02', 7, 2)];
    const r = scoreOracle({ ...base, criteria: [base.criteria[0] as Scenario['criteria'][0]] }, flat);
    expect(r.map((x) => x.score)).toEqual([0.5, 0.5]);
    expect(r.map((x) => x.rank)).toEqual([1, 2]); // tie → Kemendagri code order
  });
});
