import { useState } from 'react';
import { formatNumber } from '../../domain/format';
import { criterionLabel } from '../../domain/scoring/criterion-label';
import type { Constraint } from '../../domain/scoring/scenario';
import type { MessageKey } from '../../i18n/messages';
import { useData, useScoring, useView } from '../../store/hooks';

import { useT } from '../../ui/use-t';

type WithinKm = Extract<Constraint, { kind: 'within_km' }>;
type Threshold = Extract<Constraint, { kind: 'threshold' }>;
type RegionKindC = Extract<Constraint, { kind: 'region_kind' }>;
type ExcludeProvinces = Extract<Constraint, { kind: 'exclude_provinces' }>;
type KindChoice = 'all' | 'kabupaten' | 'kota';

/**
 * Constraints as controls: kab/kota type, distance to a facility, province exclusions (national
 * view) and numeric thresholds. Each active constraint is listed with a remove button.
 */
export function ConstraintsEditor() {
  const t = useT();
  const lang = useView((st) => st.lang);
  const view = useView((st) => st.view);
  const catalog = useData((st) => st.catalog);
  const constraints = useScoring((st) => st.scenario.constraints);
  const criteria = useScoring((st) => st.scenario.criteria);
  const setConstraints = useScoring((st) => st.setConstraints);
  const [draft, setDraft] = useState<{ criterion: string; op: Threshold['op']; value: string }>({
    criterion: '',
    op: '>=',
    value: '',
  });

  const kindC = constraints.find((c): c is RegionKindC => c.kind === 'region_kind');
  const kind: KindChoice = kindC?.allow.length === 1 ? (kindC.allow[0] ?? 'all') : 'all';
  const within = constraints.find((c): c is WithinKm => c.kind === 'within_km');
  const excludedProv = constraints.find((c): c is ExcludeProvinces => c.kind === 'exclude_provinces');
  const others = constraints.filter((c) => c.kind !== 'within_km' && c.kind !== 'region_kind');
  const rebuild = (k: KindChoice, w: WithinKm | undefined) =>
    setConstraints([
      ...(k === 'all' ? [] : [{ kind: 'region_kind', allow: [k] } as const]),
      ...(w ? [w] : []),
      ...others,
    ]);

  const provinceName = (code: string) => catalog?.provinces.find((p) => p.kemendagri_prov_code === code)?.name ?? code;
  const describe = (c: Constraint) =>
    c.kind === 'threshold'
      ? `${criterionLabel(c.criterion, catalog, lang).label} ${c.op} ${formatNumber(c.value, lang)}`
      : c.kind === 'exclude_regions'
        ? t('excludedRegions', { list: c.codes.join(', ') })
        : c.kind === 'exclude_provinces'
          ? t('excludedProvinces', { list: c.codes.map(provinceName).join(', ') })
          : JSON.stringify(c);
  const thresholdIds = [
    ...new Set([...criteria.map((c) => c.id), ...(catalog?.indicators ?? []).map((i) => `ind:${i.id}`)]),
  ];
  const draftValue = Number(draft.value);
  const canAdd = draft.criterion !== '' && draft.value.trim() !== '' && Number.isFinite(draftValue);

  return (
    <fieldset className="constraints">
      <legend>{t('constraints')}</legend>
      <label>
        {t('regionKind')}:{' '}
        <select value={kind} data-testid="region-kind" onChange={(e) => rebuild(e.target.value as KindChoice, within)}>
          <option value="all">{t('kindAll')}</option>
          <option value="kabupaten">{t('onlyKabupaten')}</option>
          <option value="kota">{t('onlyKota')}</option>
        </select>
      </label>
      <label className="within">
        <input
          type="checkbox"
          data-testid="within-toggle"
          checked={within !== undefined}
          onChange={(e) =>
            rebuild(kind, e.target.checked ? { kind: 'within_km', facility: 'port', km: 100 } : undefined)
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
          onChange={(e) => within && rebuild(kind, { ...within, km: Number(e.target.value) })}
        />{' '}
        {t('kmOf')}{' '}
        <select
          value={within?.facility ?? 'port'}
          disabled={!within}
          onChange={(e) => within && rebuild(kind, { ...within, facility: e.target.value as WithinKm['facility'] })}
        >
          {(['port', 'estate', 'kek'] as const).map((f) => (
            <option key={f} value={f}>
              {t(`facility_${f}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      {view === 'indonesia' && (
        <select
          value=""
          data-testid="exclude-province"
          aria-label={t('excludeProvince')}
          onChange={(e) => {
            const code = e.target.value;
            if (!code) return;
            const codes = [...new Set([...(excludedProv?.codes ?? []), code])].sort();
            setConstraints([
              ...constraints.filter((c) => c.kind !== 'exclude_provinces'),
              { kind: 'exclude_provinces', codes },
            ]);
          }}
        >
          <option value="">{t('excludeProvince')}</option>
          {(catalog?.provinces ?? []).map((p) => (
            <option key={p.kemendagri_prov_code} value={p.kemendagri_prov_code}>
              {p.name}
            </option>
          ))}
        </select>
      )}
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
