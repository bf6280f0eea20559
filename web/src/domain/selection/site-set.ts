import { haversineKm } from '../scoring/criteria';
import { reducedPool } from './reduced-pool';

/**
 * "Pilih N lokasi": choose K kab/kota maximising the sum of their scores subject to a cap per
 * province, a minimum distance between chosen kab/kota (between their distance origins), kab/kota
 * that must or must not be chosen, and optionally a cost per kab/kota with a budget
 * (docs/scoring.md, "Choosing a set of sites"). The model is a 0–1 programme written as CPLEX LP
 * text for HiGHS; this module builds it and reads the answer, the solver runs elsewhere.
 */
export interface SiteSetParams {
  readonly k: number;
  readonly per_province_max?: number;
  readonly min_spacing_km?: number;
  readonly must?: readonly string[];
  readonly must_not?: readonly string[];
  /** Cost per kab/kota: the raw value of a criterion id, with the budget in the same unit. */
  readonly cost?: { readonly criterion: string; readonly budget: number };
}

export interface SiteCandidate {
  readonly code: string;
  readonly province: string;
  readonly score: number;
  readonly lon: number;
  readonly lat: number;
  /** Null: no cost known (with a budget, such a kab/kota cannot be chosen). */
  readonly cost: number | null;
}

/** The constraint groups of the model, named in infeasibility reports and binding lists. */
export type ConstraintGroup = 'count' | 'province' | 'spacing' | 'must' | 'must_not' | 'budget';

export interface SiteSetModel {
  readonly lp: string;
  /** Column name → candidate index. */
  readonly columns: readonly string[];
  /** Pairs closer than the spacing (each forbids choosing both). */
  readonly closePairs: readonly (readonly [number, number, number])[];
}

const col = (i: number) => `x${i}`;
const num = (v: number) => (Number.isInteger(v) ? String(v) : v.toPrecision(15));

/** Pairs (i, j, km) of candidates closer than `km`, by a latitude sweep (no n² scan). */
export function closePairs(c: readonly SiteCandidate[], km: number): [number, number, number][] {
  if (!(km > 0)) return [];
  const order = c.map((_, i) => i).sort((a, b) => (c[a] as SiteCandidate).lat - (c[b] as SiteCandidate).lat);
  // 1° of latitude ≥ 110.57 km everywhere: a pair further apart in latitude is never closer.
  const dLat = km / 110.5;
  const out: [number, number, number][] = [];
  for (let a = 0; a < order.length; a++) {
    const i = order[a] as number;
    const ci = c[i] as SiteCandidate;
    for (let b = a + 1; b < order.length; b++) {
      const j = order[b] as number;
      const cj = c[j] as SiteCandidate;
      if (cj.lat - ci.lat > dLat) break;
      const d = haversineKm(ci.lon, ci.lat, cj.lon, cj.lat);
      if (d < km) out.push(i < j ? [i, j, d] : [j, i, d]);
    }
  }
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/**
 * The 0–1 programme. `without` leaves constraint groups out (to find which one makes a problem
 * infeasible). Scores enter as they are; a kab/kota without a cost under a budget is fixed to 0.
 */
export function buildSiteSetModel(
  c: readonly SiteCandidate[],
  p: SiteSetParams,
  without: ReadonlySet<ConstraintGroup> = new Set(),
): SiteSetModel {
  const on = (g: ConstraintGroup) => !without.has(g);
  const lines: string[] = ['Maximize', ` obj: ${c.map((x, i) => `${num(x.score)} ${col(i)}`).join(' + ') || '0 x0'}`];
  lines.push('Subject To');
  if (on('count')) lines.push(` count: ${c.map((_, i) => col(i)).join(' + ')} = ${p.k}`);
  if (on('province') && p.per_province_max !== undefined) {
    const byProv = new Map<string, number[]>();
    c.forEach((x, i) => {
      byProv.set(x.province, [...(byProv.get(x.province) ?? []), i]);
    });
    for (const [prov, idx] of [...byProv].sort((a, b) => a[0].localeCompare(b[0])))
      if (idx.length > p.per_province_max)
        lines.push(` prov_${prov.replace(/\W/g, '_')}: ${idx.map(col).join(' + ')} <= ${p.per_province_max}`);
  }
  const pairs = on('spacing') ? closePairs(c, p.min_spacing_km ?? 0) : [];
  pairs.forEach(([i, j], n) => {
    lines.push(` sp${n}: ${col(i)} + ${col(j)} <= 1`);
  });
  const budget = p.cost;
  if (on('budget') && budget) {
    const terms = c.flatMap((x, i) => (x.cost !== null && x.cost !== 0 ? [`${num(x.cost)} ${col(i)}`] : []));
    if (terms.length > 0) lines.push(` budget: ${terms.join(' + ')} <= ${num(budget.budget)}`);
  }
  const must = new Set(on('must') ? (p.must ?? []) : []);
  const mustNot = new Set(on('must_not') ? (p.must_not ?? []) : []);
  lines.push('Bounds');
  c.forEach((x, i) => {
    const noCost = on('budget') && budget !== undefined && x.cost === null;
    if (mustNot.has(x.code) || noCost) lines.push(` ${col(i)} = 0`);
    else if (must.has(x.code)) lines.push(` ${col(i)} = 1`);
  });
  lines.push('Binaries', ` ${c.map((_, i) => col(i)).join(' ')}`, 'End');
  return { lp: lines.join('\n'), columns: c.map((_, i) => col(i)), closePairs: pairs };
}

/** What a solver returns, reduced to what the site-set needs (HiGHS's Status strings). */
export interface SolverAnswer {
  readonly status: string;
  readonly values: Readonly<Record<string, number>>;
}
export type Solve = (lp: string) => SolverAnswer;

export type SiteSetOutcome =
  | {
      readonly status: 'optimal';
      readonly chosen: readonly string[];
      readonly objective: number;
      readonly binding: readonly Binding[];
      readonly passedOver: readonly PassedOver[];
    }
  | { readonly status: 'infeasible'; readonly causes: readonly Cause[] }
  | { readonly status: 'error'; readonly detail: string };

/** A constraint that holds with equality at the optimum (it limits the choice). */
export type Binding =
  | { readonly kind: 'count'; readonly k: number }
  | { readonly kind: 'province'; readonly province: string; readonly cap: number }
  | { readonly kind: 'budget'; readonly used: number; readonly budget: number }
  | { readonly kind: 'must'; readonly codes: readonly string[] };

/** A candidate scoring above the lowest chosen one that was not chosen, and what kept it out. */
export interface PassedOver {
  readonly code: string;
  readonly reasons: readonly (
    | { readonly kind: 'must_not' }
    | { readonly kind: 'province_full'; readonly province: string }
    | { readonly kind: 'too_close'; readonly to: string; readonly km: number }
    | { readonly kind: 'no_cost' }
    | { readonly kind: 'over_budget' }
    | { readonly kind: 'combination' }
  )[];
}

/** Why no set exists: a plain count or pair that fails, or the groups whose removal makes it feasible. */
export type Cause =
  | { readonly kind: 'too_few_candidates'; readonly k: number; readonly available: number }
  | { readonly kind: 'must_more_than_k'; readonly must: number; readonly k: number }
  | { readonly kind: 'must_excluded'; readonly codes: readonly string[] }
  | { readonly kind: 'must_too_close'; readonly a: string; readonly b: string; readonly km: number }
  | { readonly kind: 'must_over_cap'; readonly province: string; readonly must: number; readonly cap: number }
  | { readonly kind: 'must_over_budget'; readonly cost: number; readonly budget: number }
  | { readonly kind: 'group'; readonly group: ConstraintGroup };

const EPS = 1e-6;

/** Solves the site-set problem with `solve` and explains the answer. */
export function chooseSites(c: readonly SiteCandidate[], p: SiteSetParams, solve: Solve): SiteSetOutcome {
  const plain = plainCauses(c, p);
  if (plain.length > 0) return { status: 'infeasible', causes: plain };
  const pool = reducedPool(c, p);
  const model = buildSiteSetModel(pool, p);
  const a = solve(model.lp);
  if (a.status === 'Infeasible') return { status: 'infeasible', causes: groupCauses(c, p, solve) };
  if (a.status !== 'Optimal') return { status: 'error', detail: a.status };
  const index = new Map(c.map((x, i) => [x.code, i]));
  const chosenIdx = pool
    .map((x, i) => ({ x, i }))
    .filter(({ i }) => (a.values[col(i)] ?? 0) > 0.5)
    .map(({ x }) => index.get(x.code) as number);
  const chosen = chosenIdx.map((i) => (c[i] as SiteCandidate).code);
  const objective = chosenIdx.reduce((s, i) => s + (c[i] as SiteCandidate).score, 0);
  // A reduced pool only happens without spacing, so the model's close pairs (pool indices) are empty.
  return { status: 'optimal', chosen, objective, ...explain(c, p, chosenIdx, model) };
}

function plainCauses(c: readonly SiteCandidate[], p: SiteSetParams): Cause[] {
  const out: Cause[] = [];
  const codes = new Set(c.map((x) => x.code));
  const mustNot = new Set(p.must_not ?? []);
  const must = (p.must ?? []).filter((m) => codes.has(m) && !mustNot.has(m));
  const excludedMust = (p.must ?? []).filter((m) => !codes.has(m) || mustNot.has(m));
  if (excludedMust.length > 0) out.push({ kind: 'must_excluded', codes: excludedMust });
  const available = c.filter((x) => !mustNot.has(x.code) && !(p.cost && x.cost === null)).length;
  if (available < p.k) out.push({ kind: 'too_few_candidates', k: p.k, available });
  if (must.length > p.k) out.push({ kind: 'must_more_than_k', must: must.length, k: p.k });
  const idx = new Map(c.map((x, i) => [x.code, i]));
  const mustC = must.map((m) => c[idx.get(m) as number] as SiteCandidate);
  if (p.min_spacing_km)
    for (const [i, j, km] of closePairs(mustC, p.min_spacing_km))
      out.push({
        kind: 'must_too_close',
        a: (mustC[i] as SiteCandidate).code,
        b: (mustC[j] as SiteCandidate).code,
        km,
      });
  if (p.per_province_max !== undefined) {
    const byProv = new Map<string, number>();
    for (const m of mustC) byProv.set(m.province, (byProv.get(m.province) ?? 0) + 1);
    for (const [province, n] of byProv)
      if (n > p.per_province_max) out.push({ kind: 'must_over_cap', province, must: n, cap: p.per_province_max });
  }
  if (p.cost) {
    const cost = mustC.reduce((s, m) => s + (m.cost ?? 0), 0);
    if (cost > p.cost.budget + EPS) out.push({ kind: 'must_over_budget', cost, budget: p.cost.budget });
  }
  return out;
}

/** The groups whose removal alone makes the problem feasible (count is never removed). */
function groupCauses(c: readonly SiteCandidate[], p: SiteSetParams, solve: Solve): Cause[] {
  const groups: ConstraintGroup[] = ['province', 'spacing', 'budget', 'must', 'must_not'];
  const out: Cause[] = [];
  for (const g of groups) {
    const a = solve(buildSiteSetModel(c, p, new Set([g])).lp);
    if (a.status === 'Optimal') out.push({ kind: 'group', group: g });
  }
  // No single group: they conflict together; name every group present.
  if (out.length === 0)
    for (const g of groups)
      if (
        (g === 'province' && p.per_province_max !== undefined) ||
        (g === 'spacing' && (p.min_spacing_km ?? 0) > 0) ||
        (g === 'budget' && p.cost) ||
        (g === 'must' && (p.must ?? []).length > 0) ||
        (g === 'must_not' && (p.must_not ?? []).length > 0)
      )
        out.push({ kind: 'group', group: g });
  return out;
}

function explain(
  c: readonly SiteCandidate[],
  p: SiteSetParams,
  chosenIdx: readonly number[],
  model: SiteSetModel,
): { binding: Binding[]; passedOver: PassedOver[] } {
  const chosen = new Set(chosenIdx);
  const binding: Binding[] = [{ kind: 'count', k: p.k }];
  const perProv = new Map<string, number>();
  for (const i of chosenIdx) {
    const pr = (c[i] as SiteCandidate).province;
    perProv.set(pr, (perProv.get(pr) ?? 0) + 1);
  }
  const cap = p.per_province_max;
  const full = new Set<string>();
  if (cap !== undefined)
    for (const [province, n] of [...perProv].sort((a, b) => a[0].localeCompare(b[0])))
      if (n >= cap) {
        full.add(province);
        binding.push({ kind: 'province', province, cap });
      }
  const used = chosenIdx.reduce((s, i) => s + ((c[i] as SiteCandidate).cost ?? 0), 0);
  if (p.cost && used >= p.cost.budget - EPS) binding.push({ kind: 'budget', used, budget: p.cost.budget });
  const must = (p.must ?? []).filter((m) => c.some((x) => x.code === m));
  if (must.length > 0) binding.push({ kind: 'must', codes: must });

  const lowest = Math.min(...chosenIdx.map((i) => (c[i] as SiteCandidate).score));
  const mustNot = new Set(p.must_not ?? []);
  const mustSet = new Set(must);
  const passedOver: PassedOver[] = [];
  const order = c.map((_, i) => i).sort((a, b) => (c[b] as SiteCandidate).score - (c[a] as SiteCandidate).score);
  for (const i of order) {
    const x = c[i] as SiteCandidate;
    if (chosen.has(i) || x.score <= lowest) continue;
    const reasons: PassedOver['reasons'][number][] = [];
    if (mustNot.has(x.code)) reasons.push({ kind: 'must_not' });
    if (full.has(x.province)) reasons.push({ kind: 'province_full', province: x.province });
    for (const [a, b, km] of model.closePairs) {
      const other = a === i ? b : b === i ? a : -1;
      if (other >= 0 && chosen.has(other))
        reasons.push({ kind: 'too_close', to: (c[other] as SiteCandidate).code, km });
    }
    if (p.cost && x.cost === null) reasons.push({ kind: 'no_cost' });
    else if (p.cost && x.cost !== null) {
      // Over budget: no swap with a lower-scoring chosen kab/kota (not a required one) stays in budget.
      const swaps = chosenIdx.filter((j) => !mustSet.has((c[j] as SiteCandidate).code));
      const cost = x.cost;
      if (swaps.every((j) => used - ((c[j] as SiteCandidate).cost ?? 0) + cost > (p.cost?.budget ?? 0) + EPS))
        reasons.push({ kind: 'over_budget' });
    }
    if (reasons.length === 0) reasons.push({ kind: 'combination' });
    passedOver.push({ code: x.code, reasons });
  }
  return { binding, passedOver };
}
