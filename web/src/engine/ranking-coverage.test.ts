import { describe, expect, it } from 'vitest';
import { monteCarlo, stabilityOf } from '../domain/decision/sensitivity';
import { buildCandidates } from '../domain/scoring/candidates';
import {
  coverageText,
  criterionCoverage,
  displayRank,
  isImputed,
  tieGroups,
  topsisBars,
} from '../domain/scoring/coverage';
import { scoreOracle, scoringMatrix } from '../domain/scoring/oracle';
import { requiredColumns, type Scenario } from '../domain/scoring/scenario';
import { exampleScenario, facilities, headline, regions } from './embedded-data';

// The shipped example on the real embedded data: what the ranking's head must say about it.
const example = exampleScenario;
const cands = (s: Scenario) => buildCandidates(regions, headline, facilities, requiredColumns(s));
const score = (s: Scenario) => scoreOracle(s, cands(s));
const coconutOnly: Scenario = {
  ...example,
  criteria: example.criteria.map((c) => ({ ...c, weight: c.id === 'ind:kelapa_production' ? 100 : 0 })),
};

describe('coverage, imputation and ties on the Sulawesi Tengah example', () => {
  it('coconut production: 2 of 12 candidates have a value, 10 filled with the worst value', () => {
    const rows = score(example);
    const cov = criterionCoverage(example, rows);
    const coconut = cov[0];
    expect(coconut).toMatchObject({ id: 'ind:kelapa_production', pool: 12, withValue: 2, missing: 10, thin: true });
    expect(coverageText(coconut as never, 'Produksi kelapa', 'id')).toBe(
      'Produksi kelapa: 2 dari 12 kandidat punya nilai; 10 diisi nilai terburuk.',
    );
    expect(coverageText(coconut as never, 'Coconut production', 'en')).toBe(
      'Coconut production: 2 of 12 candidates have a value; 10 filled with the worst value.',
    );
    const withValue = rows.filter((r) => r.rank !== null && !isImputed(r, 0)).map((r) => r.name);
    expect(withValue.sort()).toEqual(['Kabupaten Banggai', 'Kabupaten Donggala']);
    // Donggala's reported minimum (normalised to 0) is not imputed; Poso's 0 is.
    const poso = rows.find((r) => r.name === 'Kabupaten Poso');
    const donggala = rows.find((r) => r.name === 'Kabupaten Donggala');
    expect(poso && isImputed(poso, 0)).toBe(true);
    expect(donggala && isImputed(donggala, 0)).toBe(false);
    expect(donggala?.contributions?.[0]).toBe(0);
  });

  it('coconut at 100 %: Banggai first, the other 11 tie at ranks 2–12, and Poso is not called stable', () => {
    const rows = score(coconutOnly);
    const ties = tieGroups(rows);
    const poso = rows.find((r) => r.name === 'Kabupaten Poso');
    expect(poso?.rank).toBe(2); // the tie order (Kemendagri code), not a judgement
    expect(ties.get(poso?.kemendagri_code as string)).toEqual({ first: 2, last: 12 });
    expect(displayRank(poso?.rank as number, ties.get(poso?.kemendagri_code as string))).toBe('=2');
    expect(ties.size).toBe(11);
    const banggai = rows.find((r) => r.name === 'Kabupaten Banggai');
    expect(ties.has(banggai?.kemendagri_code as string)).toBe(false);

    const m = scoringMatrix(coconutOnly, cands(coconutOnly));
    const mc = monteCarlo(
      m,
      coconutOnly.criteria.map((c) => c.weight),
      { draws: 200, spread: 0.2, seed: 42 },
    );
    const i = m.codes.indexOf(poso?.kemendagri_code as string);
    expect(mc.p5[i]).toBeLessThanOrEqual(2);
    expect(mc.p95[i]).toBeGreaterThanOrEqual(11);
    expect(stabilityOf(mc.p5[i] as number, mc.p95[i] as number)).not.toBe('stable');
    expect(mc.pTop3[i]).toBeCloseTo(2 / 11, 6); // two places (2, 3) shared by eleven
    expect(mc.pTop3[m.codes.indexOf(banggai?.kemendagri_code as string)]).toBe(1);
  });

  it('TOPSIS bars: a longer bar is closer to the ideal for cost criteria too', () => {
    const s: Scenario = { ...example, method: 'topsis' };
    const rows = score(s);
    const bars = topsisBars(
      rows,
      s.criteria.map((c) => c.direction),
    );
    const port = s.criteria.findIndex((c) => c.id === 'dist:port');
    const ranked = rows.filter((r) => r.rank !== null);
    const nearest = ranked.reduce((a, b) => ((a.raw[port] as number) <= (b.raw[port] as number) ? a : b));
    const farthest = ranked.reduce((a, b) => ((a.raw[port] as number) >= (b.raw[port] as number) ? a : b));
    expect((bars.get(nearest.kemendagri_code) as number[])[port]).toBeGreaterThan(
      (bars.get(farthest.kemendagri_code) as number[])[port] as number,
    );
    expect((bars.get(farthest.kemendagri_code) as number[])[port]).toBeCloseTo(0, 12);
  });
});
