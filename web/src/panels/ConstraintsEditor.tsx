import type { Constraint } from '../domain/scoring/scenario';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { useScoringStore } from '../store/scoring-store';

type WithinKm = Extract<Constraint, { kind: 'within_km' }>;

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
      {others.length > 0 && (
        <ul className="small muted">
          {others.map((c) => (
            <li key={JSON.stringify(c)}>{JSON.stringify(c)}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
