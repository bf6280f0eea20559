import { owa, wlc, wpm } from './aggregate';
import type { Criterion, Scenario } from './scenario';
import type { CandidateInput, ExclusionReason, ScoredRow } from './score-types';

/**
 * The reference implementation of docs/scoring.md: plain TypeScript, no database. The SQL twin
 * (compile-sql.ts) must give the same scores (to 1e-9) and ranks on the same input.
 */
export function scoreOracle(scenario: Scenario, rows: readonly CandidateInput[]): ScoredRow[] {
  const scope = new Set(scenario.scope.provinces);
  const inScope = rows.filter((r) => scope.size === 0 || scope.has(r.kemendagri_prov_code));
  const colOf = (id: string) => columnIndex(scenario, id);

  // 1. Constraints, in order; then "exclude" missing rules, in criterion order.
  const excluded = new Map<string, ExclusionReason>();
  for (const r of inScope) {
    const reason = exclusionOf(scenario, r, colOf);
    if (reason) excluded.set(r.kemendagri_code, reason);
  }
  const cand = inScope.filter((r) => !excluded.has(r.kemendagri_code));
  const totalWeight = scenario.criteria.reduce((a, c) => a + c.weight, 0);
  const w = scenario.criteria.map((c) => c.weight / totalWeight);

  // 2. Per criterion: the values after imputation, then the statistics over the candidates.
  const x: (number | null)[][] = scenario.criteria.map((c, j) => {
    const vals = cand.map((r) => r.raw[j] ?? null);
    const present = vals.filter((v): v is number => v !== null);
    if (c.missing === 'median') {
      const md = present.length > 0 ? median(present) : null;
      return vals.map((v) => v ?? md);
    }
    if (c.missing === 'worst' && scenario.method === 'topsis' && present.length > 0) {
      const worstRaw = c.direction === 'benefit' ? Math.min(...present) : Math.max(...present);
      return vals.map((v) => v ?? worstRaw);
    }
    return vals;
  });

  const contributions: number[][] = cand.map(() => []);
  const scores: number[] = new Array(cand.length).fill(0);
  if (scenario.method !== 'topsis') {
    // WLC, WPM and OWA all aggregate the directed normalised values x″ (aggregate.ts).
    const directed = scenario.criteria.map((c, j) => normaliseDirected(c, x[j] as (number | null)[]));
    const alpha = scenario.owa_alpha ?? 1;
    cand.forEach((_, i) => {
      const xi = directed.map((col) => col[i] as number);
      const a = scenario.method === 'wpm' ? wpm(xi, w) : scenario.method === 'owa' ? owa(xi, w, alpha) : wlc(xi, w);
      contributions[i] = a.parts;
      scores[i] = a.score;
    });
  } else {
    // TOPSIS: vector normalisation, weighted; distances to the ideal and anti-ideal.
    const v: number[][] = scenario.criteria.map((_, j) => {
      const col = (x[j] as (number | null)[]).map((a) => a ?? 0);
      const l2 = Math.sqrt(col.reduce((a, b) => a + b * b, 0));
      return col.map((a) => (l2 === 0 ? 0 : ((w[j] as number) * a) / l2));
    });
    const best = v.map((col, j) =>
      scenario.criteria[j]?.direction === 'benefit' ? Math.max(...col) : Math.min(...col),
    );
    const worst = v.map((col, j) =>
      scenario.criteria[j]?.direction === 'benefit' ? Math.min(...col) : Math.max(...col),
    );
    cand.forEach((_, i) => {
      let dp = 0;
      let dm = 0;
      v.forEach((col, j) => {
        const a = col[i] as number;
        (contributions[i] as number[]).push(a);
        dp += (a - (best[j] as number)) ** 2;
        dm += (a - (worst[j] as number)) ** 2;
      });
      dp = Math.sqrt(dp);
      dm = Math.sqrt(dm);
      scores[i] = dp + dm === 0 ? 0.5 : dm / (dp + dm);
    });
  }

  // 3. Rank: score descending (compared at 12 decimals), ties broken by Kemendagri code.
  const order = cand
    .map((r, i) => ({ code: r.kemendagri_code, s: round12(scores[i] as number) }))
    .sort((a, b) => b.s - a.s || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const rankOf = new Map(order.map((o, i) => [o.code, i + 1]));
  const idx = new Map(cand.map((r, i) => [r.kemendagri_code, i]));

  return inScope.map((r) => {
    const i = idx.get(r.kemendagri_code);
    return {
      kemendagri_code: r.kemendagri_code,
      bps_code: r.bps_code,
      name: r.name,
      kemendagri_prov_code: r.kemendagri_prov_code,
      raw: r.raw,
      excluded: excluded.get(r.kemendagri_code) ?? null,
      score: i === undefined ? null : (scores[i] as number),
      rank: i === undefined ? null : (rankOf.get(r.kemendagri_code) as number),
      contributions: i === undefined ? null : (contributions[i] as number[]),
    };
  });
}

function columnIndex(s: Scenario, id: string): number {
  const ids = s.criteria.map((c) => c.id);
  for (const c of s.constraints) {
    const cid = c.kind === 'threshold' ? c.criterion : c.kind === 'within_km' ? `dist:${c.facility}` : null;
    if (cid && !ids.includes(cid)) ids.push(cid);
  }
  return ids.indexOf(id);
}

function exclusionOf(s: Scenario, r: CandidateInput, colOf: (id: string) => number): ExclusionReason | null {
  for (const [index, c] of s.constraints.entries()) {
    let fails = false;
    if (c.kind === 'region_kind') fails = !c.allow.includes(r.kind);
    else if (c.kind === 'exclude_regions') fails = c.codes.includes(r.kemendagri_code);
    else if (c.kind === 'exclude_provinces') fails = c.codes.includes(r.kemendagri_prov_code);
    else if (c.kind === 'within_km') {
      const v = r.raw[colOf(`dist:${c.facility}`)] ?? null;
      fails = v === null || !(v <= c.km);
    } else {
      const v = r.raw[colOf(c.criterion)] ?? null;
      fails = v === null || !compare(v, c.op, c.value);
    }
    if (fails) return { kind: 'constraint', index };
  }
  for (const [j, c] of s.criteria.entries()) {
    if (c.missing === 'exclude' && (r.raw[j] ?? null) === null) return { kind: 'missing', criterion: j };
  }
  return null;
}

function compare(v: number, op: '>=' | '<=' | '>' | '<', t: number): boolean {
  return op === '>=' ? v >= t : op === '<=' ? v <= t : op === '>' ? v > t : v < t;
}

/**
 * x″ for one criterion over the candidates: normalised to the benefit orientation, then flipped
 * for cost. Missing values (rule "worst") get the worst value: 0, or the lowest z for z-scores.
 */
export function normaliseDirected(c: Criterion, col: readonly (number | null)[]): number[] {
  const present = col.filter((v): v is number => v !== null);
  const lo = present.length > 0 ? Math.min(...present) : 0;
  const hi = present.length > 0 ? Math.max(...present) : 0;
  const n = c.normalisation;
  const cost = c.direction === 'cost';
  if (n.kind === 'zscore') {
    const mu = present.reduce((a, b) => a + b, 0) / Math.max(present.length, 1);
    const sd = Math.sqrt(present.reduce((a, b) => a + (b - mu) ** 2, 0) / Math.max(present.length, 1));
    const z = (v: number) => (hi === lo || sd === 0 ? 0 : (v - mu) / sd);
    const worst = cost ? -z(hi) : z(lo);
    return col.map((v) => (v === null ? worst : cost ? -z(v) : z(v)));
  }
  const unit = (v: number): number => {
    switch (n.kind) {
      case 'minmax':
        return hi === lo ? 0.5 : (v - lo) / (hi - lo);
      case 'fixed':
        return (Math.min(Math.max(v, n.min), n.max) - n.min) / (n.max - n.min);
      case 'rank': {
        if (hi === lo) return 0.5;
        const below = present.filter((p) => p < v).length; // min rank − 1 for ties
        return below / (present.length - 1);
      }
      case 'sigmoid':
        return 1 / (1 + Math.exp(-(v - n.midpoint) / n.spread));
    }
  };
  return col.map((v) => (v === null ? 0 : cost ? 1 - unit(v) : unit(v)));
}

/** Median: the middle value, or the mean of the two middle values (DuckDB's median). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export function round12(v: number): number {
  return Math.round(v * 1e12) / 1e12;
}

/**
 * The weight-independent part of a scoring, for sensitivity analysis: per candidate (not excluded)
 * the directed normalised values x″ (WLC, WPM, OWA) or the vector-normalised values r (TOPSIS). Scores for
 * any weights follow from it without touching the data again.
 */
export interface ScoringMatrix {
  readonly codes: readonly string[];
  readonly method: Scenario['method'];
  readonly directions: readonly Criterion['direction'][];
  /** OWA's quantifier exponent (1 for the other methods). */
  readonly alpha: number;
  /** rows = candidates, columns = criteria. */
  readonly values: readonly (readonly number[])[];
  /** True where the candidate has no reported value and the missing-data rule filled it in. */
  readonly missing?: readonly (readonly boolean[])[];
}

export function scoringMatrix(scenario: Scenario, rows: readonly CandidateInput[]): ScoringMatrix {
  // WPM and OWA aggregate the same x″ as WLC: read x″ off a unit-weight WLC run.
  const unit: Scenario = {
    ...scenario,
    method: scenario.method === 'topsis' ? 'topsis' : 'wlc',
    criteria: scenario.criteria.map((c) => ({ ...c, weight: 1 })),
  };
  // In Kemendagri code order, whatever the input order: the seeded draws then pick the same
  // candidates in the app (SQL rows), the PDF and the CLI.
  const scored = scoreOracle(unit, rows)
    .filter((r) => r.rank !== null)
    .sort((a, b) => (a.kemendagri_code < b.kemendagri_code ? -1 : a.kemendagri_code > b.kemendagri_code ? 1 : 0));
  const n = scenario.criteria.length;
  // With unit weights each contribution is x″/n (WLC) or r/n (TOPSIS): scale back by n.
  return {
    codes: scored.map((r) => r.kemendagri_code),
    method: scenario.method,
    directions: scenario.criteria.map((c) => c.direction),
    alpha: scenario.owa_alpha ?? 1,
    values: scored.map((r) => (r.contributions ?? []).map((k) => k * n)),
    missing: scored.map((r) => scenario.criteria.map((_, j) => (r.raw[j] ?? null) === null)),
  };
}
