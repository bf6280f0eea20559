import type { Catalog } from '../dataset-types';
import type { Uncertainty } from '../decision/uncertainty';
import type { RankingSources } from '../report/ranking-sources';
import { coverageText, criterionCoverage, isImputed, tieGroups } from '../scoring/coverage';
import { parseCriterionId } from '../scoring/criteria';
import { methodTag } from '../scoring/method-tag';
import { requiredColumns, type Scenario } from '../scoring/scenario';
import type { ScoredRow } from '../scoring/score-types';
import type { SiteSetOutcome } from '../selection/site-set';
import type { ExportTable } from './export-table';

/** Why a row is out of the ranking, in words that survive outside the app. */
export function reasonText(s: Scenario, r: ScoredRow): string {
  if (!r.excluded) return '';
  if (r.excluded.kind === 'missing') return `no data for ${s.criteria[r.excluded.criterion]?.id}`;
  const c = s.constraints[r.excluded.index];
  return `constraint ${r.excluded.index}: ${JSON.stringify(c)}`;
}

/**
 * Sources and years of the indicator behind a criterion: of the values this ranking read when
 * `read` is given (its region's), else of the whole catalog entry.
 */
function provenance(id: string, catalog: Catalog | null, read?: Readonly<Record<string, RankingSources>>): string {
  const ref = parseCriterionId(id);
  if (!ref || ref.kind === 'dist' || ref.kind === 'count')
    return 'straight-line distance / count computed from the Sentra Atlas facility lists (points.json)';
  const ind = catalog?.indicators.find((i) => i.id === ref.indicator);
  if (!ind) return 'not in the catalog';
  const here = read?.[ref.indicator];
  const ids = here ? here.sourceIds : ind.source_ids;
  const cites = ids.map((sid) => catalog?.sources.find((s) => s.id === sid)?.citation ?? sid);
  const typed = ids.filter((sid) => sid.startsWith('edit:')).length;
  const user = `${ind.group === 'user' ? 'USER DATA (imported or created by the user), not published data; ' : ''}${typed > 0 ? `${typed} value(s) TYPED BY USERS; ` : ''}`;
  const count = here
    ? `${here.withValue}/${here.total} kab/kota of this ranking with a value`
    : `${ind.coverage.regions}/${ind.coverage.total} kab/kota with a value`;
  const years = (here ? here.years : ind.years).join(', ') || 'not stated';
  return `${user}${count}; years ${years}; ${cites.join(' | ') || 'no source'}`;
}

/**
 * The ranking as a table that explains itself: every kab/kota with both codes, rank, score,
 * contributions and raw values, and as metadata the scenario (method, each criterion's
 * direction, normalisation and weight share) and the source and years of each criterion.
 */
export function rankingExport(
  scenario: Scenario,
  rows: readonly ScoredRow[],
  catalog: Catalog | null,
  extra: readonly (readonly [string, string])[] = [],
  siteSet: SiteSetOutcome | null = null,
  /** Stability and missing-data rank ranges of this ranking (columns rank_p5_p95, rank_range_missing). */
  ranges: Uncertainty | null = null,
  /** Years and sources of the values this ranking read (rankingSources); the catalog's when absent. */
  read?: Readonly<Record<string, RankingSources>>,
): ExportTable {
  const at = new Map((ranges?.codes ?? []).map((c, i) => [c, i]));
  const span = (lo: number | undefined, hi: number | undefined) => (lo === undefined ? '' : `${lo}–${hi}`);
  const cols = requiredColumns(scenario);
  const total = scenario.criteria.reduce((a, c) => a + c.weight, 0);
  const meta: [string, string][] = [
    ['scenario', scenario.name],
    ['method', methodTag(scenario)],
    ...(scenario.weights_from
      ? [['weights from', `${scenario.weights_from} (computed from the candidates' data)`] as [string, string]]
      : []),
    [
      'scope',
      scenario.scope.provinces.length === 0 ? 'all Indonesia' : `provinces ${scenario.scope.provinces.join(', ')}`,
    ],
    ...extra.map(([k, v]) => [k, v] as [string, string]),
  ];
  scenario.criteria.forEach((c, j) => {
    const share = total > 0 ? ((100 * c.weight) / total).toFixed(1) : '0';
    meta.push([
      `criterion ${j + 1}`,
      `${c.id}; ${c.direction}; ${JSON.stringify(c.normalisation)}; weight ${share}%; missing → ${c.missing}`,
    ]);
    meta.push([`source of criterion ${j + 1}`, provenance(c.id, catalog, read)]);
  });
  for (const [j, c] of criterionCoverage(scenario, rows).entries())
    meta.push([`coverage of criterion ${j + 1}`, coverageText(c, c.id, 'en')]);
  meta.push([
    'rank order',
    'score descending; equal scores (12 decimals) share the tie_group and are listed by Kemendagri code (tie order, not a judgement)',
  ]);
  for (const [i, c] of scenario.constraints.entries()) meta.push([`constraint ${i}`, JSON.stringify(c)]);
  meta.push(['scenario JSON', JSON.stringify(scenario)]);
  // "Pilih N lokasi": the answer with its status, binding limits and passed-over reasons.
  if (siteSet) meta.push(['site set', JSON.stringify(siteSet)]);
  if (ranges)
    meta.push([
      'rank ranges',
      `rank_p5_p95: 5th–95th percentile rank over 1,000 seeded weight draws (±20 %); rank_range_missing: lowest–highest rank when each filled-in value takes the standing of a reporting candidate, drawn with the weights (docs/scoring.md)${ranges.withMissing.anyMissing ? '' : '; nothing is missing, so it equals the weight range'}`,
    ]);
  const chosen = new Set(siteSet?.status === 'optimal' ? siteSet.chosen : []);
  const ties = tieGroups(rows);
  const ranked = [...rows].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.kemendagri_code.localeCompare(b.kemendagri_code),
  );
  return {
    columns: [
      'rank',
      'kemendagri_code',
      'bps_code',
      'name',
      'score',
      'tie_group',
      'imputed',
      ...scenario.criteria.map((c) => `contribution:${c.id}`),
      ...cols.map((id) => `raw:${id}`),
      'excluded_reason',
      ...(siteSet ? ['chosen'] : []),
      ...(ranges ? ['rank_p5_p95', 'rank_range_missing'] : []),
    ],
    rows: ranked.map((r) => [
      r.rank,
      r.kemendagri_code,
      r.bps_code,
      r.name,
      r.score,
      tieLabel(ties.get(r.kemendagri_code)),
      scenario.criteria
        .filter((_, j) => isImputed(r, j))
        .map((c) => `${c.id} (${c.missing})`)
        .join('; '),
      ...scenario.criteria.map((_, j) => r.contributions?.[j] ?? null),
      ...r.raw,
      reasonText(scenario, r),
      ...(siteSet ? [chosen.has(r.kemendagri_code) ? 1 : 0] : []),
      ...(ranges
        ? (() => {
            const i = at.get(r.kemendagri_code);
            if (i === undefined) return ['', ''];
            const w = ranges.weightOnly;
            const m = ranges.withMissing;
            return [span(w.p5[i], w.p95[i]), span(m.minRank[i], m.maxRank[i])];
          })()
        : []),
    ]),
    meta,
  };
}

/** "2–12" for a tie group, empty for a rank of its own. */
export function tieLabel(g: { first: number; last: number } | undefined): string {
  return g ? `${g.first}–${g.last}` : '';
}
