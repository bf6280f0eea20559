import { describe, expect, it } from 'vitest';
import { missingDataMonteCarlo } from '../domain/decision/missing-draws';
import { monteCarlo, ranksFor, scoresFor } from '../domain/decision/sensitivity';
import { buildCandidates } from '../domain/scoring/candidates';
import { scoringMatrix } from '../domain/scoring/oracle';
import { requiredColumns, type Scenario } from '../domain/scoring/scenario';
import { exampleScenario, facilities, headline, regions } from './embedded-data';

// Issue 13, item 4 and issue 17, item 4, on the real data.
const OPTS = { draws: 1000, spread: 0.2, seed: 42 };
const matrixOf = (s: Scenario) => scoringMatrix(s, buildCandidates(regions, headline, facilities, requiredColumns(s)));
const weightsOf = (s: Scenario) => s.criteria.map((c) => c.weight);
const complete: Scenario = {
  ...exampleScenario,
  criteria: exampleScenario.criteria.filter((c) => c.id !== 'ind:kelapa_production'),
};

describe('rank range with missing data', () => {
  it('on the example, the current rank lies inside every range, and coconut-less Poso can rank higher than weights alone say', () => {
    const m = matrixOf(exampleScenario);
    const w = weightsOf(exampleScenario);
    const both = missingDataMonteCarlo(m, w, OPTS);
    const weightOnly = monteCarlo(m, w, OPTS);
    const current = ranksFor(m, scoresFor(m, w));
    expect(both.anyMissing).toBe(true);
    m.codes.forEach((code, i) => {
      expect(both.minRank[i], code).toBeLessThanOrEqual(current[i] as number);
      expect(both.maxRank[i], code).toBeGreaterThanOrEqual(current[i] as number);
    });
    const poso = m.codes.indexOf('72.02');
    expect(both.minRank[poso]).toBeLessThan(weightOnly.minRank[poso] as number);
  });

  it('collapses to the weight-only range when nothing is missing', () => {
    const m = matrixOf(complete);
    const w = weightsOf(complete);
    const both = missingDataMonteCarlo(m, w, OPTS);
    const weightOnly = monteCarlo(m, w, OPTS);
    expect(both.anyMissing).toBe(false);
    for (const k of ['minRank', 'maxRank', 'p5', 'p95', 'pTop3', 'pTop10'] as const)
      expect(both[k]).toEqual(weightOnly[k]);
  });

  it('scaling every weight leaves it unchanged, nationally too', () => {
    const national: Scenario = { ...exampleScenario, scope: { provinces: [] } };
    const m = matrixOf(national);
    const w = weightsOf(national);
    const a = missingDataMonteCarlo(m, w, { ...OPTS, draws: 200 });
    const b = missingDataMonteCarlo(
      m,
      w.map((x) => x * 7),
      { ...OPTS, draws: 200 },
    );
    expect(b.p5).toEqual(a.p5);
    expect(b.p95).toEqual(a.p95);
    expect(b.acceptability).toEqual(a.acceptability);
  });

  it('rank acceptability: each candidate takes some rank in every draw, and each rank is taken once per draw', () => {
    const m = matrixOf(exampleScenario);
    const { acceptability } = missingDataMonteCarlo(m, weightsOf(exampleScenario), OPTS);
    for (const row of acceptability) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    for (let r = 0; r < m.codes.length; r++)
      expect(acceptability.reduce((a, row) => a + (row[r] as number), 0)).toBeCloseTo(1, 9);
  });
});

describe('the same draws whatever the row order', () => {
  it('the app (SQL rows in rank order), the PDF and the CLI get the same ranges', () => {
    const cands = buildCandidates(regions, headline, facilities, requiredColumns(exampleScenario));
    const a = missingDataMonteCarlo(scoringMatrix(exampleScenario, cands), weightsOf(exampleScenario), OPTS);
    const b = missingDataMonteCarlo(
      scoringMatrix(exampleScenario, [...cands].reverse()),
      weightsOf(exampleScenario),
      OPTS,
    );
    expect(b.minRank).toEqual(a.minRank);
    expect(b.maxRank).toEqual(a.maxRank);
    expect(b.acceptability).toEqual(a.acceptability);
  });
});
