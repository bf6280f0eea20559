import { useMemo, useState } from 'react';
import { oneAtATime } from '../../domain/decision/sensitivity';
import { criterionLabel } from '../../domain/scoring/criterion-label';
import { useData, useScoring, useView } from '../../store/hooks';

import { CRITERION_COLOURS } from '../../ui/criterion-colours';
import { useT } from '../../ui/use-t';
import { useScoringMatrix } from './use-sensitivity';

const DELTAS = Array.from({ length: 21 }, (_, k) => -0.5 + k * 0.05);
const W = 560;
const H = 300;
const PAD = { l: 36, r: 150, t: 10, b: 30 };

/** Ranks of the current top 8 as one weight moves −50 … +50 % (others fixed, renormalised). */
export function OatChart() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const catalog = useData((s) => s.catalog);
  const result = useScoring((s) => s.result);
  const matrix = useScoringMatrix();
  const selection = useView((st) => st.selection);
  const selectedCode = selection?.kind === 'region' ? selection.code : null;
  const [criterion, setCriterion] = useState(0);
  const s = result?.scenario;
  const j = s && criterion < s.criteria.length ? criterion : 0;
  const series = useMemo(() => {
    if (!s || !matrix) return null;
    return oneAtATime(
      matrix,
      s.criteria.map((c) => c.weight),
      j,
      DELTAS,
    );
  }, [s, matrix, j]);
  if (!s || !matrix || !series || !result) return null;
  const m = matrix;
  const base = series.ranks[10] as readonly number[]; // delta 0
  // Every kab/kota when they fit (a province); nationally the current top 10 and the selected one.
  const all = m.codes.length <= 15;
  const top = m.codes
    .map((code, i) => ({ code, i, rank: base[i] as number }))
    .filter((x) => all || x.rank <= 10 || x.code === selectedCode)
    .sort((a, b) => a.rank - b.rank);
  const maxRank = Math.max(2, ...top.flatMap((x) => series.ranks.map((r) => r[x.i] as number)));
  const x = (k: number) => PAD.l + (k / (DELTAS.length - 1)) * (W - PAD.l - PAD.r);
  const y = (rank: number) => PAD.t + ((rank - 1) / Math.max(1, maxRank - 1)) * (H - PAD.t - PAD.b);
  const nameOf = (code: string) =>
    result.rows.find((r) => r.kemendagri_code === code)?.name.replace(/^Kabupaten /, '') ?? code;
  const near = [8, 9, 10, 11, 12]; // −10 % … +10 %
  const reversals = top.filter((p) => near.some((k) => series.ranks[k]?.[p.i] !== p.rank)).length;
  return (
    <details className="oat" data-testid="oat">
      <summary>{t('oatTitle')}</summary>
      <p className="small muted">{t('oatIntro')}</p>
      <label className="small">
        {t('oatCriterion')}:{' '}
        <select value={j} onChange={(e) => setCriterion(Number(e.target.value))} data-testid="oat-criterion">
          {s.criteria.map((c, k) => (
            <option key={c.id} value={k}>
              {criterionLabel(c.id, catalog, lang).label}
            </option>
          ))}
        </select>
      </label>
      <svg width={W} height={H} role="img" aria-label={t('oatTitle')} className="oat-chart">
        {[0, 5, 10, 15, 20].map((k) => (
          <g key={k}>
            <line x1={x(k)} x2={x(k)} y1={PAD.t} y2={H - PAD.b} stroke="#e3e6ea" />
            <text x={x(k)} y={H - PAD.b + 14} fontSize="11" textAnchor="middle">
              {`${Math.round((DELTAS[k] as number) * 100)} %`}
            </text>
          </g>
        ))}
        <text x={(W - PAD.r + PAD.l) / 2} y={H - 2} fontSize="11" textAnchor="middle" fill="#5b6470">
          {t('oatAxisX')}
        </text>
        {Array.from({ length: maxRank }, (_, r) => r + 1).map((r) => (
          <text key={r} x={PAD.l - 6} y={y(r) + 4} fontSize="10" textAnchor="end" fill="#5b6470">
            {r}
          </text>
        ))}
        {top.map((p, n) => {
          const colour = CRITERION_COLOURS[n % CRITERION_COLOURS.length];
          const pts = series.ranks.map((r, k) => `${x(k)},${y(r[p.i] as number)}`).join(' ');
          const last = series.ranks[series.ranks.length - 1]?.[p.i] as number;
          return (
            <g key={p.code}>
              <polyline points={pts} fill="none" stroke={colour} strokeWidth={2} />
              <text x={W - PAD.r + 6} y={y(last) + 4} fontSize="11">
                {nameOf(p.code)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="small" data-testid="oat-reversals">
        {t('oatReversals', { n: reversals })}
      </p>
    </details>
  );
}
