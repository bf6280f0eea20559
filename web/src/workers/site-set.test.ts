import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../domain/decision/sensitivity';
import { haversineKm } from '../domain/scoring/criteria';
import {
  chooseSites,
  closePairs,
  type SiteCandidate,
  type SiteSetParams,
  type Solve,
} from '../domain/selection/site-set';
import { highsSolve } from './highs-solve';

let solve: Solve;
beforeAll(async () => {
  solve = highsSolve(await loadHighs());
});

/** Every constraint of the definition, checked directly on one set. */
function feasible(c: readonly SiteCandidate[], p: SiteSetParams, set: readonly number[]): boolean {
  if (set.length !== p.k) return false;
  const codes = new Set(set.map((i) => (c[i] as SiteCandidate).code));
  if ((p.must ?? []).some((m) => !codes.has(m))) return false;
  if ((p.must_not ?? []).some((m) => codes.has(m))) return false;
  if (p.per_province_max !== undefined) {
    const n = new Map<string, number>();
    for (const i of set) n.set((c[i] as SiteCandidate).province, (n.get((c[i] as SiteCandidate).province) ?? 0) + 1);
    if ([...n.values()].some((v) => v > (p.per_province_max as number))) return false;
  }
  for (const i of set)
    for (const j of set) {
      if (i >= j || !p.min_spacing_km) continue;
      const a = c[i] as SiteCandidate;
      const b = c[j] as SiteCandidate;
      if (haversineKm(a.lon, a.lat, b.lon, b.lat) < p.min_spacing_km) return false;
    }
  if (p.cost) {
    if (set.some((i) => (c[i] as SiteCandidate).cost === null)) return false;
    if (set.reduce((s, i) => s + ((c[i] as SiteCandidate).cost ?? 0), 0) > p.cost.budget + 1e-9) return false;
  }
  return true;
}

/** The best objective over every k-subset, or null when none is feasible. */
function bruteForce(c: readonly SiteCandidate[], p: SiteSetParams): number | null {
  let best: number | null = null;
  const pick: number[] = [];
  const walk = (from: number) => {
    if (pick.length === p.k) {
      if (feasible(c, p, pick)) {
        const v = pick.reduce((s, i) => s + (c[i] as SiteCandidate).score, 0);
        if (best === null || v > best) best = v;
      }
      return;
    }
    for (let i = from; i <= c.length - (p.k - pick.length); i++) {
      pick.push(i);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  return best;
}

function instance(rand: () => number): { c: SiteCandidate[]; p: SiteSetParams } {
  const n = 3 + Math.floor(rand() * 13); // 3…15
  const provinces = ['52', '72', '73', '74'].slice(0, 1 + Math.floor(rand() * 4));
  const withCost = rand() < 0.4;
  const c: SiteCandidate[] = Array.from({ length: n }, (_, i) => ({
    code: `72.${String(i + 1).padStart(2, '0')}`,
    province: provinces[Math.floor(rand() * provinces.length)] as string,
    score: Math.round(rand() * 1000) / 1000,
    lon: 120 + rand() * 3,
    lat: -2 + rand() * 3,
    cost: withCost ? (rand() < 0.1 ? null : 1 + Math.floor(rand() * 9)) : null,
  }));
  const codes = c.map((x) => x.code);
  const some = (m: number) => codes.filter(() => rand() < m / n);
  const must = rand() < 0.3 ? some(1) : [];
  const mustNot = rand() < 0.3 ? some(1.5).filter((x) => !must.includes(x)) : [];
  const p: SiteSetParams = {
    k: 1 + Math.floor(rand() * Math.min(n, 6)),
    ...(rand() < 0.5 ? { per_province_max: 1 + Math.floor(rand() * 3) } : {}),
    ...(rand() < 0.5 ? { min_spacing_km: Math.round(rand() * 150) } : {}),
    ...(must.length > 0 ? { must } : {}),
    ...(mustNot.length > 0 ? { must_not: mustNot } : {}),
    ...(withCost ? { cost: { criterion: 'ind:cost', budget: 5 + Math.floor(rand() * 30) } } : {}),
  };
  return { c, p };
}

describe('site set: HiGHS agrees with brute force', () => {
  it('on 300 seeded instances (≤ 15 candidates, every constraint kind), objective to 1e-9 and a feasible set', () => {
    const rand = seededRandom(20261203);
    let optimal = 0;
    let infeasible = 0;
    const kinds = new Set<string>();
    for (let t = 0; t < 300; t++) {
      const { c, p } = instance(rand);
      for (const k of Object.keys(p)) kinds.add(k);
      const brute = bruteForce(c, p);
      const out = chooseSites(c, p, solve);
      if (brute === null) {
        expect(out.status, `instance ${t}: ${JSON.stringify(p)}`).toBe('infeasible');
        if (out.status === 'infeasible') expect(out.causes.length).toBeGreaterThan(0);
        infeasible++;
        continue;
      }
      expect(out.status, `instance ${t}: ${JSON.stringify(p)}`).toBe('optimal');
      if (out.status !== 'optimal') continue;
      expect(Math.abs(out.objective - brute), `instance ${t}`).toBeLessThan(1e-9);
      const idx = out.chosen.map((code) => c.findIndex((x) => x.code === code));
      expect(feasible(c, p, idx), `instance ${t}: chosen ${out.chosen.join()}`).toBe(true);
      optimal++;
    }
    // Both answers occur, and every constraint kind was drawn.
    expect(optimal).toBeGreaterThan(100);
    expect(infeasible).toBeGreaterThan(10);
    expect([...kinds].sort()).toEqual(['cost', 'k', 'min_spacing_km', 'must', 'must_not', 'per_province_max']);
  });
});

describe('site set: an infeasible instance says which constraint makes it so', () => {
  const near = (i: number, province = '72'): SiteCandidate => ({
    code: `72.0${i}`,
    province,
    score: i / 10,
    lon: 120 + i * 0.05,
    lat: -1,
    cost: i,
  });
  const c = [near(1), near(2), near(3), near(4)];

  it('spacing: four kab/kota within 20 km, 3 wanted 50 km apart', () => {
    const out = chooseSites(c, { k: 3, min_spacing_km: 50 }, solve);
    expect(out).toEqual({ status: 'infeasible', causes: [{ kind: 'group', group: 'spacing' }] });
  });
  it('province cap: one province, cap 2, 3 wanted', () => {
    const out = chooseSites(c, { k: 3, per_province_max: 2 }, solve);
    expect(out).toEqual({ status: 'infeasible', causes: [{ kind: 'group', group: 'province' }] });
  });
  it('budget, must and counts are named before solving', () => {
    expect(chooseSites(c, { k: 5 }, solve)).toEqual({
      status: 'infeasible',
      causes: [{ kind: 'too_few_candidates', k: 5, available: 4 }],
    });
    const tooClose = chooseSites(c, { k: 2, min_spacing_km: 50, must: ['72.01', '72.02'] }, solve);
    expect(tooClose.status === 'infeasible' && tooClose.causes[0]?.kind).toBe('must_too_close');
    const budget = chooseSites(c, { k: 2, cost: { criterion: 'ind:c', budget: 2 } }, solve);
    expect(budget).toEqual({ status: 'infeasible', causes: [{ kind: 'group', group: 'budget' }] });
  });
  it('an optimal answer lists the binding constraints and why better-scoring kab/kota were passed over', () => {
    const out = chooseSites(c, { k: 2, min_spacing_km: 8 }, solve);
    // Neighbours are 5.6 km apart: the best pair 8 km apart is 72.04 + 72.02; 72.03 sits between them.
    expect(out.status === 'optimal' && out.chosen).toEqual(['72.02', '72.04']);
    if (out.status !== 'optimal') return;
    expect(out.passedOver).toEqual([
      {
        code: '72.03',
        reasons: [
          { kind: 'too_close', to: '72.02', km: expect.closeTo(5.56, 1) },
          { kind: 'too_close', to: '72.04', km: expect.closeTo(5.56, 1) },
        ],
      },
    ]);
    expect(closePairs(c, 8).length).toBe(3);
  });
});
