import type { Lang } from '../dataset-types';
import { round12 } from './oracle';
import type { Criterion, Scenario } from './scenario';
import type { ScoredRow } from './score-types';

/**
 * How much of a ranking rests on reported values (docs/scoring.md, "Coverage, imputation and
 * ties"). The pool of a criterion is every kab/kota in scope that passed the constraints: the
 * candidates before the "exclude" missing rule takes anyone out.
 */
export interface CriterionCoverage {
  readonly id: string;
  readonly rule: Criterion['missing'];
  /** Kab/kota in scope that passed the constraints. */
  readonly pool: number;
  /** Of those, how many have a value for this criterion. */
  readonly withValue: number;
  /** pool − withValue: imputed (worst/median) or excluded (exclude). */
  readonly missing: number;
  /** True when fewer than half the pool has a value. */
  readonly thin: boolean;
}

export function criterionCoverage(s: Scenario, rows: readonly ScoredRow[]): CriterionCoverage[] {
  const pool = rows.filter((r) => r.excluded === null || r.excluded.kind === 'missing');
  return s.criteria.map((c, j) => {
    const withValue = pool.filter((r) => (r.raw[j] ?? null) !== null).length;
    return {
      id: c.id,
      rule: c.missing,
      pool: pool.length,
      withValue,
      missing: pool.length - withValue,
      thin: pool.length > 0 && withValue * 2 < pool.length,
    };
  });
}

/** A ranked row's value of criterion j was filled in by the missing-data rule (not reported). */
export function isImputed(row: ScoredRow, j: number): boolean {
  return row.rank !== null && (row.raw[j] ?? null) === null;
}

/** A run of candidates with the same score (compared at 12 decimals, as the rank is). */
export interface TieGroup {
  readonly first: number;
  readonly last: number;
}

/**
 * The tie group of every ranked kab/kota whose score equals another's. Their order inside the
 * group is the deterministic tie order (Kemendagri code), not a judgement.
 */
export function tieGroups(rows: readonly ScoredRow[]): Map<string, TieGroup> {
  const ranked = rows
    .filter((r) => r.rank !== null && r.score !== null)
    .sort((a, b) => (a.rank as number) - (b.rank as number));
  const out = new Map<string, TieGroup>();
  let i = 0;
  while (i < ranked.length) {
    const s = round12(ranked[i]?.score as number);
    let k = i;
    while (k + 1 < ranked.length && round12(ranked[k + 1]?.score as number) === s) k++;
    if (k > i) {
      const g = { first: ranked[i]?.rank as number, last: ranked[k]?.rank as number };
      for (let m = i; m <= k; m++) out.set(ranked[m]?.kemendagri_code as string, g);
    }
    i = k + 1;
  }
  return out;
}

/** "7" for a rank of its own, "=2" for a shared one (the group is 2–12). */
export function displayRank(rank: number, tie: TieGroup | undefined): string {
  return tie ? `=${tie.first}` : String(rank);
}

const RULE: Record<Lang, Record<Criterion['missing'], string>> = {
  id: { worst: 'diisi nilai terburuk', median: 'diisi nilai median', exclude: 'dikeluarkan dari peringkat' },
  en: { worst: 'filled with the worst value', median: 'filled with the median', exclude: 'excluded from the ranking' },
};

/** The rule's wording, for marks on imputed cells. */
export function ruleText(rule: Criterion['missing'], lang: Lang): string {
  return RULE[lang][rule];
}

/** "Produksi kelapa: 2 dari 12 kandidat punya nilai; 10 diisi nilai terburuk". */
export function coverageText(c: CriterionCoverage, label: string, lang: Lang): string {
  if (lang === 'id') {
    const head = `${label}: ${c.withValue} dari ${c.pool} kandidat punya nilai`;
    return c.missing === 0 ? `${head}.` : `${head}; ${c.missing} ${RULE.id[c.rule]}.`;
  }
  const head = `${label}: ${c.withValue} of ${c.pool} candidates have a value`;
  return c.missing === 0 ? `${head}.` : `${head}; ${c.missing} ${RULE.en[c.rule]}.`;
}

/** "11 kandidat seri di peringkat 2–12 (urutan di dalamnya: kode Kemendagri)". */
export function tieText(g: TieGroup, lang: Lang): string {
  const n = g.last - g.first + 1;
  return lang === 'id'
    ? `${n} kandidat seri di peringkat ${g.first}–${g.last} (skor sama; urutan di dalamnya menurut kode Kemendagri, bukan penilaian).`
    : `${n} candidates tie at ranks ${g.first}–${g.last} (equal score; their order is by Kemendagri code, not a judgement).`;
}

/** The distinct tie groups of a ranking, best first. */
export function distinctTies(ties: ReadonlyMap<string, TieGroup>): TieGroup[] {
  const seen = new Map<number, TieGroup>();
  for (const g of ties.values()) seen.set(g.first, g);
  return [...seen.values()].sort((a, b) => a.first - b.first);
}

/**
 * TOPSIS bars that read the same way for benefit and cost criteria: the distance of the
 * weighted normalised value vᵢⱼ from the anti-ideal, |vᵢⱼ − v⁻ⱼ|. A longer bar is always closer
 * to the ideal. (The raw vᵢⱼ of a cost criterion is long when the value is bad.)
 */
export function topsisBars(
  rows: readonly ScoredRow[],
  directions: readonly Criterion['direction'][],
): Map<string, number[]> {
  const ranked = rows.filter((r) => r.contributions !== null);
  const anti = directions.map((d, j) => {
    const col = ranked.map((r) => r.contributions?.[j] as number);
    return col.length === 0 ? 0 : d === 'benefit' ? Math.min(...col) : Math.max(...col);
  });
  return new Map(
    ranked.map((r) => [r.kemendagri_code, (r.contributions ?? []).map((v, j) => Math.abs(v - (anti[j] as number)))]),
  );
}
