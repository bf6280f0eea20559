import { useState } from 'react';
import { formatNumber } from '../domain/format';
import { criterionLabel } from '../domain/scoring/criterion-label';
import type { Constraint } from '../domain/scoring/scenario';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../store/app-store';
import { useDataStore } from '../store/data-store';
import { useScoringStore } from '../store/scoring-store';

type WithinKm = Extract<Constraint, { kind: 'within_km' }>;
type Threshold = Extract<Constraint, { kind: 'threshold' }>;

/** The common constraints as simple controls; others (thresholds, lists) come with imported scenarios. */
export function ConstraintsEditor() {
  const t = useT();
  const constraints = useScoringStore((s) => s.scenario.constraints);
  const setConstraints = useScoringStore((s) => s.setConstraints);
  const kabOnly = constraints.some(
    (c) => c.kind === 'region_kind' && c.allow.length === 1 && c.allow[0] === 'kabupaten',
  );
  const within = constraints.find((c): c is WithinKm => c.kind === 'within_km');
  const others = constraints.filter((c) => c.kind !== 'within_km' && !(c.kind === 'region_kind'));
  const lang = useAppStore((st) => st.lang);
  const catalog = useDataStore((st) => st.catalog);
  const criteria = useScoringStore((st) => st.scenario.criteria);
  const [draft, setDraft] = useState<{ criterion: string; op: Threshold['op']; value: string }>({
    criterion: '',
    op: '>=',
    value: '',
  });
  const thresholdIds = [
    ...new Set([...criteria.map((c) => c.id), ...(catalog?.indicators ?? []).map((i) => `ind:${i.id}`)]),
  ];
  const describe = (c: Constraint) =>
    c.kind === 'threshold'
      ? `${criterionLabel(c.criterion, catalog, lang).label} ${c.op} ${formatNumber(c.value, lang)}`
      : c.kind === 'exclude_regions'
        ? `${t('excludedSwatch')}: ${c.codes.join(', ')}`
        : JSON.stringify(c);
  const draftValue = Number(draft.value);
  const canAdd = draft.criterion !== '' && draft.value.trim() !== '' && Number.isFinite(draftValue);
  const rebuild = (k: boolean, w: WithinKm | undefined) =>
    setConstraints([
      ...(k ? [{ kind: 'region_kind', allow: ['kabupaten'] } as const] : []),
      ...(w ? [w] : []),
      ...others,
    ]);
  return (
    <fieldset className="constraints">
      <legend>{t('constraints')}</legend>
      <label>
        <input
          type="checkbox"
          data-testid="kab-only"
          checked={kabOnly}
          onChange={(e) => rebuild(e.target.checked, within)}
        />{' '}
        {t('onlyKabupaten')}
      </label>
      <label className="within">
        <input
          type="checkbox"
          data-testid="within-toggle"
          checked={within !== undefined}
          onChange={(e) =>
            rebuild(kabOnly, e.target.checked ? { kind: 'within_km', facility: 'port', km: 100 } : undefined)
          }
        />{' '}
        {t('withinKm')}{' '}
        <input
          type="number"
          min={1}
          value={within?.km ?? 100}
          disabled={!within}
          data-testid="within-km"
          aria-label="km"
          onChange={(e) => within && rebuild(kabOnly, { ...within, km: Number(e.target.value) })}
        />{' '}
        {t('kmOf')}{' '}
        <select
          value={within?.facility ?? 'port'}
          disabled={!within}
          onChange={(e) => within && rebuild(kabOnly, { ...within, facility: e.target.value as WithinKm['facility'] })}
        >
          {(['port', 'estate', 'kek'] as const).map((f) => (
            <option key={f} value={f}>
              {t(`facility_${f}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <div className="threshold-add">
        <span>{t('thresholdAdd')}</span>
        <select
          value={draft.criterion}
          aria-label={t('thresholdAdd')}
          data-testid="threshold-criterion"
          onChange={(e) => setDraft({ ...draft, criterion: e.target.value })}
        >
          <option value="">—</option>
          {thresholdIds.map((id) => (
            <option key={id} value={id}>
              {criterionLabel(id, catalog, lang).label}
            </option>
          ))}
        </select>
        <select
          value={draft.op}
          aria-label="op"
          onChange={(e) => setDraft({ ...draft, op: e.target.value as Threshold['op'] })}
        >
          {(['>=', '<=', '>', '<'] as const).map((op) => (
            <option key={op} value={op}>
              {op}
            </option>
          ))}
        </select>
        <input
          type="number"
          value={draft.value}
          aria-label="value"
          data-testid="threshold-value"
          onChange={(e) => setDraft({ ...draft, value: e.target.value })}
        />
        <button
          type="button"
          disabled={!canAdd}
          data-testid="threshold-add"
          onClick={() => {
            setConstraints([
              ...constraints,
              { kind: 'threshold', criterion: draft.criterion, op: draft.op, value: draftValue },
            ]);
            setDraft({ ...draft, value: '' });
          }}
        >
          +
        </button>
      </div>
      {others.length > 0 && (
        <ul className="constraint-list small">
          {others.map((c) => (
            <li key={JSON.stringify(c)}>
              {describe(c)}{' '}
              <button type="button" className="link" onClick={() => setConstraints(constraints.filter((x) => x !== c))}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
