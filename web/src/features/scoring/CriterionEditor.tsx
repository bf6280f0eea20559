import { criterionLabel } from '../../domain/scoring/criterion-label';
import type { Criterion, Normalisation } from '../../domain/scoring/scenario';
import type { MessageKey } from '../../i18n/messages';
import { useData, useScoring, useView } from '../../store/hooks';

import { useT } from '../../ui/use-t';

const NORMS: readonly Normalisation['kind'][] = ['minmax', 'fixed', 'rank', 'zscore', 'sigmoid'];

function defaultNormalisation(kind: Normalisation['kind']): Normalisation {
  if (kind === 'fixed') return { kind, min: 0, max: 100 };
  if (kind === 'sigmoid') return { kind, midpoint: 50, spread: 10 };
  return { kind };
}

export interface MissingInfo {
  /** Candidates in scope (after constraints) without a value. */
  readonly missing: number;
  readonly present: number;
}

export function CriterionEditor({
  index,
  criterion,
  share,
  info,
  locked = false,
}: {
  index: number;
  criterion: Criterion;
  share: number;
  info: MissingInfo | null;
  /** The weight comes from the data (weights_from): the slider rests until the room takes over. */
  locked?: boolean;
}) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const catalog = useData((s) => s.catalog);
  const update = useScoring((s) => s.updateCriterion);
  const remove = useScoring((s) => s.removeCriterion);
  const { label, unit } = criterionLabel(criterion.id, catalog, lang);
  const n = criterion.normalisation;
  const num = (v: string) => (v.trim() === '' ? Number.NaN : Number(v));
  return (
    <li className="criterion" data-testid={`criterion-${index}`}>
      <div className="criterion-head">
        <strong>{label}</strong>
        {unit && <span className="muted small"> ({unit})</span>}
        <button
          type="button"
          className="link small"
          onClick={() => remove(index)}
          aria-label={`${t('remove')}: ${label}`}
        >
          {t('remove')}
        </button>
      </div>
      <label className="weight">
        <span>{t('weight')}</span>
        <input
          type="range"
          min={0}
          max={100}
          step={1}
          value={criterion.weight}
          disabled={locked}
          data-testid={`weight-${index}`}
          aria-label={`${t('weight')}: ${label}`}
          onChange={(e) => update(index, { weight: Number(e.target.value) })}
        />
        <span className="pct" data-testid={`share-${index}`}>
          {t('weightShare', { pct: `${Math.round(share * 100)} %` })}
        </span>
      </label>
      <div className="criterion-grid">
        <label>
          <span>{t('direction')}</span>
          <select
            value={criterion.direction}
            onChange={(e) => update(index, { direction: e.target.value as Criterion['direction'] })}
          >
            <option value="benefit">{t('benefit')}</option>
            <option value="cost">{t('cost')}</option>
          </select>
        </label>
        <label>
          <span>{t('normalisation')}</span>
          <select
            value={n.kind}
            onChange={(e) =>
              update(index, { normalisation: defaultNormalisation(e.target.value as Normalisation['kind']) })
            }
          >
            {NORMS.map((k) => (
              <option key={k} value={k}>
                {t(`norm_${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        {n.kind === 'fixed' && (
          <span className="params">
            <input
              type="number"
              aria-label={t('min')}
              value={n.min}
              onChange={(e) => update(index, { normalisation: { ...n, min: num(e.target.value) } })}
            />
            –
            <input
              type="number"
              aria-label={t('max')}
              value={n.max}
              onChange={(e) => update(index, { normalisation: { ...n, max: num(e.target.value) } })}
            />
          </span>
        )}
        {n.kind === 'sigmoid' && (
          <span className="params">
            <input
              type="number"
              aria-label={t('midpoint')}
              value={n.midpoint}
              onChange={(e) => update(index, { normalisation: { ...n, midpoint: num(e.target.value) } })}
            />
            <input
              type="number"
              aria-label={t('spread')}
              value={n.spread}
              onChange={(e) => update(index, { normalisation: { ...n, spread: num(e.target.value) } })}
            />
          </span>
        )}
        <label>
          <span>{t('missingRule')}</span>
          <select
            value={criterion.missing}
            onChange={(e) => update(index, { missing: e.target.value as Criterion['missing'] })}
          >
            <option value="worst">{t('missing_worst')}</option>
            <option value="median">{t('missing_median')}</option>
            <option value="exclude">{t('missing_exclude')}</option>
          </select>
        </label>
        {info && info.missing > 0 && <span className="muted small">{t('missingAffects', { n: info.missing })}</span>}
      </div>
      {info && info.present > 0 && info.present * 2 < info.present + info.missing && (
        <p className="warn small" data-testid="thin-criterion">
          ⚠ {t('thinCriterionWarning')}
        </p>
      )}
      {info && info.present === 0 && (
        <p className="warn small" data-testid={`no-data-${index}`}>
          ⚠ {t('noDataInScope')}
        </p>
      )}
    </li>
  );
}
