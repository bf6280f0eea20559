import { useMemo, useRef, useState } from 'react';
import { rankingExport } from '../../domain/export/ranking-export';
import { isUserIndicator } from '../../domain/import/user-dataset';
import { sourcesOfRanking } from '../../domain/report/ranking-sources';
import { parseCriterionId } from '../../domain/scoring/criteria';
import { useAtlas, useData, useScoring, useView } from '../../store/hooks';

const isUserCriterion = (id: string) => {
  const ref = parseCriterionId(id);
  return ref !== null && 'indicator' in ref && isUserIndicator(ref.indicator);
};

import { rankShifts } from '../../domain/scoring/compare';
import { ruleText, tieGroups, topsisBars } from '../../domain/scoring/coverage';
import { criterionLabel } from '../../domain/scoring/criterion-label';
import type { ScoredRow } from '../../domain/scoring/score-types';
import { exclusionReason } from '../../i18n/exclusion-reason';

import { CRITERION_COLOURS } from '../../ui/criterion-colours';
import { useT } from '../../ui/use-t';
import { DataRequestButtons } from '../curation/DataRequestButtons';
import { AcceptabilityTable } from '../decision/AcceptabilityTable';
import { CriteriaScatter } from '../decision/CriteriaScatter';
import { OatChart } from '../decision/OatChart';
import { SENSITIVITY, useSensitivity } from '../decision/use-sensitivity';
import { ExportButtons } from '../export/ExportButtons';
import { CoverageLines } from './CoverageLines';
import { RankingBody } from './RankingBody';
import { MethodBarsNote } from './RankingCells';
import type { RowContext } from './RankingRow';
import { StaleRankingNotice } from './StaleRankingNotice';

type SortKey = 'rank' | 'name' | 'score';

export function RankingTable() {
  const atlas = useAtlas();
  const t = useT();
  const lang = useView((s) => s.lang);
  const selection = useView((s) => s.selection);
  const select = useView((s) => s.select);
  const catalog = useData((s) => s.catalog);
  const observations = useData((s) => s.observations);
  const result = useScoring((s) => s.result);
  const compare = useScoring((s) => s.compare);
  const siteSet = useScoring((s) => s.siteSet);
  const stale = useScoring((s) => s.message !== null);
  const chosen = new Set(siteSet?.outcome?.status === 'optimal' ? siteSet.outcome.chosen : []);
  const sensitivity = useSensitivity();
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: 'rank', asc: true });
  const scroll = useRef<HTMLDivElement>(null);
  const selectedCode = selection?.kind === 'region' ? selection.code : null;

  const ranked = useMemo(() => {
    const rows = (result?.rows ?? []).filter((r) => r.rank !== null);
    const cmp = (a: ScoredRow, b: ScoredRow) =>
      sort.key === 'name'
        ? a.name.localeCompare(b.name)
        : sort.key === 'score'
          ? (a.score as number) - (b.score as number)
          : (a.rank as number) - (b.rank as number);
    return [...rows].sort((a, b) => (sort.asc ? cmp(a, b) : -cmp(a, b)));
  }, [result, sort]);

  if (!result) return null;
  /** Values typed by users that this criterion reads (the ranking must not pass them off as published). */
  const typedIn = (id: string) => {
    const ref = parseCriterionId(id);
    if (!ref || !('indicator' in ref)) return 0;
    return (
      catalog?.indicators.find((i) => i.id === ref.indicator)?.source_ids.filter((x) => x.startsWith('edit:')).length ??
      0
    );
  };
  const s = result.scenario;
  const excluded = result.rows.filter((r) => r.excluded);
  const maxScore = Math.max(...ranked.map((r) => r.score as number), 1e-12);
  const ties = tieGroups(result.rows);
  const bars =
    s.method === 'topsis'
      ? topsisBars(
          result.rows,
          s.criteria.map((c) => c.direction),
        )
      : null;
  const labels = s.criteria.map((c) => criterionLabel(c.id, catalog, lang).label);
  const shiftBy = compare ? new Map(rankShifts(result.rows, compare.rows).map((x) => [x.kemendagri_code, x])) : null;
  const provinceName = (code: string) => catalog?.provinces.find((p) => p.kemendagri_prov_code === code)?.name ?? code;
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.asc ? 'ascending' : 'descending') : 'none'}>
      <button
        type="button"
        className="link"
        onClick={() => setSort((p) => ({ key, asc: p.key === key ? !p.asc : key !== 'score' }))}
      >
        {label}
        {sort.key === key ? (sort.asc ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  const reason = (r: ScoredRow) => exclusionReason(s, r, lang, catalog);
  const ctx: RowContext = {
    t,
    lang,
    method: s.method,
    ties,
    chosen,
    shiftBy,
    bars,
    maxScore,
    labels,
    rules: s.criteria.map((c) => ruleText(c.missing, lang)),
    stability: sensitivity?.byCode,
    selectedCode,
    provinceName,
    select,
  };

  return (
    <section className="ranking" aria-labelledby="ranking-heading" data-testid="ranking">
      <header>
        <h2 id="ranking-heading">
          {t('ranking')}: {s.name}
        </h2>
        {compare && (
          <p className="small" data-testid="comparing">
            {t('comparing', { name: compare.name })}{' '}
            <button type="button" className="link" onClick={() => atlas.scoring.setState({ compare: null })}>
              {t('closeCompare')}
            </button>
          </p>
        )}
        <ul className="bar-legend small">
          {s.criteria.map((c, j) => (
            <li key={c.id}>
              <span className="swatch" style={{ background: CRITERION_COLOURS[j % CRITERION_COLOURS.length] }} />
              {criterionLabel(c.id, catalog, lang).label}
              {isUserCriterion(c.id) && (
                <>
                  {' '}
                  <span className="user-badge">{t('userDataBadge')}</span>
                </>
              )}
              {typedIn(c.id) > 0 && (
                <>
                  {' '}
                  <span className="user-badge" data-testid="typed-criterion">
                    {t('typedCount', { n: typedIn(c.id) })}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
        <StaleRankingNotice />
        <MethodBarsNote method={s.method} />
        <CoverageLines result={result} />
        <DataRequestButtons result={result} />
        <ExportButtons
          table={() =>
            rankingExport(
              s,
              result.rows,
              catalog,
              [
                ['exported', new Date().toISOString()],
                ['produced by', 'Sentra Atlas (browser)'],
              ],
              siteSet?.forSeq === result.seq && !siteSet.solving ? siteSet.outcome : null,
              sensitivity?.uncertainty ?? null,
              observations ? sourcesOfRanking(s, result.rows, (id) => observations.headline(id)) : undefined,
            )
          }
          baseName={t('rankingFile')}
          testId="ranking-export"
        />
      </header>
      <div className={stale ? 'ranking-scroll stale' : 'ranking-scroll'} ref={scroll}>
        <table>
          <thead>
            <tr>
              {header('rank', t('rank'))}
              {header('name', t('regionCol'))}
              <th scope="col">{t('provinceCol')}</th>
              {header('score', t('score'))}
              {shiftBy && <th scope="col">{t('rankB')}</th>}
              {shiftBy && <th scope="col">{t('shift')}</th>}
              <th scope="col">{t('contributions')}</th>
              <th
                scope="col"
                title={t('stabilityHelp', {
                  draws: SENSITIVITY.draws,
                  spread: `${SENSITIVITY.spread * 100} %`,
                  seed: SENSITIVITY.seed,
                })}
              >
                {t('stability')}
              </th>
            </tr>
          </thead>
          <RankingBody rows={ranked} ctx={ctx} scrollRef={scroll} />
        </table>
        <OatChart />
        <AcceptabilityTable />
        <CriteriaScatter />
        {excluded.length > 0 && (
          <details className="excluded">
            <summary>{t('excludedList', { n: excluded.length })}</summary>
            <ul className="small">
              {excluded.map((r) => (
                <li key={r.kemendagri_code}>
                  {r.name} — {reason(r)}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </section>
  );
}
