import './presentation-title.css';
import { useEffect } from 'react';
import { formatNumber } from '../../domain/format';
import { displayRank, isImputed, tieGroups } from '../../domain/scoring/coverage';
import { criterionLabel } from '../../domain/scoring/criterion-label';
import { methodTag } from '../../domain/scoring/method-tag';
import { useAtlas, useData, useScoring, useView } from '../../store/hooks';

import { useScoreFill } from '../../store/selectors';
import { CRITERION_COLOURS } from '../../ui/criterion-colours';
import { useT } from '../../ui/use-t';
import { ScoreLegend } from '../map/ScoreLegend';
import { CoverageLines } from '../scoring/CoverageLines';
import { stepPresentation, stopPresentation } from './presentation';

/** The room's view: scenario as a slide, weights and the ranking in large type beside the map. */
export function PresentationBar() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const atlas = useAtlas();
  const index = useView((s) => s.show?.index ?? 0);
  const total = useView((s) => s.show?.slides.length ?? 0);
  const scenario = useScoring((s) => s.scenario);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') {
        e.preventDefault();
        stepPresentation(atlas, 1);
      } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
        e.preventDefault();
        stepPresentation(atlas, -1);
      } else if (e.key === 'Escape') stopPresentation(atlas);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [atlas]);
  return (
    <header className="presentation-bar" data-testid="presentation-bar">
      <h1 data-testid="presentation-title">{scenario.name}</h1>
      <span className="slide-count" data-testid="slide-count">
        {t('slideOf', { n: index + 1, total })}
      </span>
      <span className="meta">{t('presentKeys')}</span>
      <button type="button" onClick={() => stepPresentation(atlas, -1)} aria-label={t('previousScenario')}>
        ◀
      </button>
      <button
        type="button"
        onClick={() => stepPresentation(atlas, 1)}
        aria-label={t('nextScenario')}
        data-testid="next-slide"
      >
        ▶
      </button>
      <button type="button" onClick={() => stopPresentation(atlas)} data-testid="exit-presentation">
        {t('exitPresentation')}
      </button>
      <span className="sr-only" aria-live="polite">
        {lang === 'id' ? `Skenario ${index + 1}: ${scenario.name}` : `Scenario ${index + 1}: ${scenario.name}`}
      </span>
    </header>
  );
}

export function PresentationPanel() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const selection = useView((s) => s.selection);
  const select = useView((s) => s.select);
  const catalog = useData((s) => s.catalog);
  const result = useScoring((s) => s.result);
  const fill = useScoreFill();
  if (!result) return <aside className="presentation-panel">{t('loadingData')}</aside>;
  const s = result.scenario;
  const total = s.criteria.reduce((a, c) => a + c.weight, 0);
  const ranked = result.rows.filter((r) => r.rank !== null).sort((a, b) => (a.rank as number) - (b.rank as number));
  const max = Math.max(1e-12, ...ranked.map((r) => r.score as number));
  const ties = tieGroups(result.rows);
  const highlighted =
    selection?.kind === 'region' ? result.rows.find((r) => r.kemendagri_code === selection.code) : undefined;
  return (
    <aside className="presentation-panel" data-testid="presentation-panel">
      {highlighted && (
        <p className="highlight-name" data-testid="highlighted">
          {t('highlighted')}: <strong>{highlighted.name}</strong>
          {highlighted.rank !== null && ` — #${highlighted.rank}`}
        </p>
      )}
      <h2>
        {t('method')}: {methodTag(s)}
      </h2>
      <ul className="present-weights">
        {s.criteria.map((c, j) => (
          <li key={c.id}>
            <span className="swatch" style={{ background: CRITERION_COLOURS[j % CRITERION_COLOURS.length] }} />
            <strong>{total > 0 ? formatNumber(Math.round((100 * c.weight) / total), lang) : 0} %</strong>{' '}
            {criterionLabel(c.id, catalog, lang).label}
          </li>
        ))}
      </ul>
      <ol className="present-ranking" data-testid="present-ranking">
        {ranked.slice(0, 10).map((r) => (
          <li key={r.kemendagri_code} data-code={r.kemendagri_code}>
            <button
              type="button"
              className={selection?.kind === 'region' && selection.code === r.kemendagri_code ? 'selected' : ''}
              onClick={() => select({ kind: 'region', code: r.kemendagri_code })}
            >
              <span className="rank">{displayRank(r.rank as number, ties.get(r.kemendagri_code))}</span>
              <span className="name">
                {r.name.replace(/^Kabupaten /, 'Kab. ')}
                {s.criteria.some((_, j) => isImputed(r, j)) && (
                  <span className="imputed-mark" data-testid="present-imputed">
                    {t('imputedMark')}: {s.criteria.filter((_, j) => isImputed(r, j)).length}
                  </span>
                )}
              </span>
              <span className="bar" style={{ width: `${(100 * (r.score as number)) / max}%` }} />
              <span className="score">{formatNumber(r.score as number, lang)}</span>
            </button>
          </li>
        ))}
      </ol>
      <CoverageLines result={result} testId="present-coverage" />
      {fill && <ScoreLegend fill={fill} />}
    </aside>
  );
}
