import './stability.css';
import { stabilityOf } from '../../domain/decision/sensitivity';
import { isImputed, type TieGroup } from '../../domain/scoring/coverage';
import type { Method } from '../../domain/scoring/scenario';
import type { ScoredRow } from '../../domain/scoring/score-types';
import { CRITERION_COLOURS } from '../../ui/criterion-colours';
import { useT } from '../../ui/use-t';
import type { CandidateSensitivity } from '../decision/use-sensitivity';

/**
 * How a method's per-criterion parts are drawn. WLC and OWA parts add up to the score, so the
 * bar is the score; TOPSIS parts are shares of one row; WPM parts are factors x″ʷ that multiply
 * to the score, each drawn out of an equal slot (a full slot = factor 1, no penalty).
 */
export type BarMode = 'additive' | 'shares' | 'factors';
export const barMode = (m: Method): BarMode => (m === 'topsis' ? 'shares' : m === 'wpm' ? 'factors' : 'additive');

/** The line under the legend saying how to read the bars, for methods whose bars do not add up. */
export function MethodBarsNote({ method }: { method: Method }) {
  const t = useT();
  if (method === 'topsis') return <p className="small muted">{t('topsisBars')}</p>;
  if (method === 'wpm')
    return (
      <p className="small muted" data-testid="wpm-bars-note">
        {t('wpmBars')}
      </p>
    );
  if (method === 'owa') return <p className="small muted">{t('owaBars')}</p>;
  return null;
}

export function Bars({
  row,
  parts,
  maxScore,
  mode,
  labels,
}: {
  row: ScoredRow;
  parts: readonly number[];
  maxScore: number;
  mode: BarMode;
  labels: readonly string[];
}) {
  const scale =
    mode === 'additive'
      ? 100 / maxScore
      : mode === 'factors'
        ? 100 / Math.max(parts.length, 1)
        : 100 /
          Math.max(
            parts.reduce((a, b) => a + Math.abs(b), 0),
            1e-12,
          );
  return (
    <div className="bars" role="img" aria-label={parts.map((p, j) => `${labels[j]}: ${p.toFixed(3)}`).join('; ')}>
      {parts.map((p, j) => (
        <span
          // biome-ignore lint/suspicious/noArrayIndexKey: one segment per criterion, in criterion order
          key={j}
          className={isImputed(row, j) ? 'bar imputed' : 'bar'}
          title={`${labels[j]}: ${p.toFixed(4)}`}
          style={{ width: `${Math.max(0, p) * scale}%`, background: CRITERION_COLOURS[j % CRITERION_COLOURS.length] }}
        />
      ))}
    </div>
  );
}

/** One dashed chip per criterion whose value was filled in by the missing-data rule. */
export function ImputedMarks({
  row,
  labels,
  rules,
}: {
  row: ScoredRow;
  labels: readonly string[];
  rules: readonly string[];
}) {
  const t = useT();
  const gaps = labels.map((_, j) => j).filter((j) => isImputed(row, j));
  if (gaps.length === 0) return null;
  return (
    <div className="imputed-marks">
      {gaps.map((j) => (
        <span
          key={j}
          className="imputed-mark"
          data-testid="imputed-mark"
          style={{ borderColor: CRITERION_COLOURS[j % CRITERION_COLOURS.length] }}
          title={t('imputedTitle', { what: labels[j] ?? '', rule: rules[j] ?? '' })}
        >
          {t('imputedMark')}: {shortLabel(labels[j] ?? '')}
        </span>
      ))}
    </div>
  );
}

const shortLabel = (l: string) => (l.length > 22 ? `${l.slice(0, 21)}…` : l);

export function StabilityBadge({ stats, tie }: { stats: CandidateSensitivity | undefined; tie: TieGroup | undefined }) {
  const t = useT();
  if (!stats) return null;
  const missing = stats.withMissing && (
    <span className="missing-range" data-testid="missing-range" title={t('missingRangeTitle')}>
      {t('missingRange', { lo: stats.withMissing.min, hi: stats.withMissing.max })}
    </span>
  );
  // A rank decided by the tie order is never "stable", whatever the draws say.
  if (tie)
    return (
      <>
        <span className="badge tied" data-level="tied" title={t('tiedTitle', { lo: tie.first, hi: tie.last })}>
          {t('tied', { lo: tie.first, hi: tie.last })} · {t('pTop3')} {Math.round(stats.pTop3 * 100)} %
        </span>
        {missing}
      </>
    );
  const level = stabilityOf(stats.p5, stats.p95);
  return (
    <>
      <span
        className={`badge ${level}`}
        data-level={level}
        title={`${t('rankRange', { lo: stats.p5, hi: stats.p95 })} · ${t('pTop10')} ${Math.round(stats.pTop10 * 100)} %`}
      >
        {t(level)} · {t('pTop3')} {Math.round(stats.pTop3 * 100)} %
      </span>
      {missing}
    </>
  );
}

export function Shift({ value }: { value: number | null }) {
  if (value === null) return <>—</>;
  if (value === 0) return <>0</>;
  return <span className={value > 0 ? 'up' : 'down'}>{value > 0 ? `▲ ${value}` : `▼ ${-value}`}</span>;
}

/** "Pilih N lokasi": this kab/kota is in the chosen set (outlined in blue on the map). */
export function ChosenBadge() {
  const t = useT();
  return (
    <>
      {' '}
      <span className="user-badge chosen-badge" data-testid="chosen-badge">
        ✓ {t('chosenBadge')}
      </span>
    </>
  );
}
