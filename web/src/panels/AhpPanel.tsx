import { useMemo, useState } from 'react';
import { ahp, fromUpperTriangle, inconsistencies } from '../domain/decision/ahp';
import { formatNumber } from '../domain/format';
import { criterionLabel } from '../domain/scoring/criterion-label';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/app-store';
import { useDataStore } from '../store/data-store';
import { useScoringStore } from '../store/scoring-store';

/** Saaty's scale as offered in the selects: 9 … 2 for the first, 1, then 2 … 9 for the second. */
const CHOICES: readonly number[] = [9, 8, 7, 6, 5, 4, 3, 2, 1, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9];

const fmtJudgement = (a: number) =>
  a >= 1 ? String(Math.round(a * 100) / 100) : `1/${Math.round((1 / a) * 100) / 100}`;

/**
 * Pairwise comparison of the scenario's criteria. The judgements stay here until applied: then
 * the criteria weights become the AHP weights (in %). Mounted with the criteria ids as its key, so
 * adding or removing a criterion starts again from "equally important".
 */
export function AhpPanel() {
  const t = useT();
  const lang = useAppStore((s) => s.lang);
  const catalog = useDataStore((s) => s.catalog);
  const criteria = useScoringStore((s) => s.scenario.criteria);
  const updateCriterion = useScoringStore((s) => s.updateCriterion);
  const n = criteria.length;
  const [upper, setUpper] = useState<number[]>(() => new Array((n * (n - 1)) / 2).fill(1));

  const labels = criteria.map((c) => criterionLabel(c.id, catalog, lang).label);
  const result = useMemo(
    () => (n >= 2 && upper.length === (n * (n - 1)) / 2 ? ahp(fromUpperTriangle(n, upper)) : null),
    [n, upper],
  );
  const pointers = useMemo(
    () =>
      result && !result.consistent ? inconsistencies(fromUpperTriangle(n, upper), result.weights).slice(0, 2) : [],
    [result, n, upper],
  );

  if (n < 2) return <p className="small muted">{t('ahpNeedTwo')}</p>;
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
  const choiceLabel = (i: number, j: number, v: number) => {
    if (v === 1) return t('ahpEqual');
    const strength = v > 1 ? v : 1 / v;
    return t('ahpMore', {
      name: (v > 1 ? labels[i] : labels[j]) ?? '',
      verbal: t(`saaty${Math.round(strength)}` as MessageKey),
      v: Math.round(strength),
    });
  };

  return (
    <details className="ahp" data-testid="ahp-panel">
      <summary>{t('ahpTitle')}</summary>
      <p className="small muted">{t('ahpIntro')}</p>
      <ol className="ahp-pairs">
        {pairs.map(([i, j], k) => (
          <li key={`${i}-${j}`}>
            <div className="small">
              <strong>{labels[i]}</strong> vs <strong>{labels[j]}</strong>
            </div>
            <select
              data-testid={`ahp-${i}-${j}`}
              value={String(upper[k])}
              onChange={(e) => setUpper((u) => u.map((x, m) => (m === k ? Number(e.target.value) : x)))}
            >
              {CHOICES.map((v) => (
                <option key={v} value={String(v)}>
                  {choiceLabel(i, j, v)}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ol>
      {result && (
        <div className="ahp-result" data-testid="ahp-result">
          <h4>{t('ahpWeights')}</h4>
          <ul className="small">
            {result.weights.map((w, i) => (
              <li key={criteria[i]?.id}>
                {labels[i]}: <strong>{formatNumber(Math.round(w * 1000) / 10, lang)} %</strong>
              </li>
            ))}
          </ul>
          <p className="small" data-testid="ahp-consistency">
            {t('ahpConsistency', {
              lambda: formatNumber(result.lambdaMax, lang),
              ci: formatNumber(result.ci, lang),
              cr: result.cr === null ? '—' : formatNumber(result.cr, lang),
            })}
          </p>
          {result.consistent ? (
            <p className="small">{t('ahpConsistent')}</p>
          ) : (
            <div className="warn small" data-testid="ahp-warning">
              {t('ahpInconsistent')}
              <ul>
                {pointers.map((p) => (
                  <li key={`${p.i}-${p.j}`}>
                    {t('ahpPointer', {
                      a: labels[p.i] ?? '',
                      b: labels[p.j] ?? '',
                      given: fmtJudgement(p.given),
                      implied: fmtJudgement(p.implied),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <button
            type="button"
            data-testid="ahp-apply"
            onClick={() => {
              result.weights.forEach((w, i) => {
                updateCriterion(i, { weight: Math.round(w * 1000) / 10 });
              });
            }}
          >
            {t('ahpApply')}
          </button>
        </div>
      )}
    </details>
  );
}
