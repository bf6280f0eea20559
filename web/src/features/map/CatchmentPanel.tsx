import { formatNumber, formatYears } from '../../domain/format';
import { useData, useView } from '../../store/hooks';

import { useCatchment } from '../../store/selectors';
import { useT } from '../../ui/use-t';

/** Rings around a facility with the supply of one indicator inside each, coverage stated. */
export function CatchmentPanel() {
  const t = useT();
  const lang = useView((s) => s.lang);
  const settings = useView((s) => s.catchment);
  const setCatchment = useView((s) => s.setCatchment);
  const catalog = useData((s) => s.catalog);
  const c = useCatchment();
  if (!settings || !c) return null;
  const ind = catalog?.indicators.find((i) => i.id === settings.indicator);
  const last = c.catchment.rings[c.catchment.rings.length - 1];
  return (
    <section
      className="catchment"
      data-testid="catchment"
      data-rings={c.catchment.rings.length}
      data-arcs={c.catchment.regions.filter((r) => r.supply !== null && r.supply > 0).length}
    >
      <h3>{t('catchmentTitle', { name: c.facility.name })}</h3>
      <div className="radii">
        <span className="small">{t('radii')}:</span>
        {settings.radiiKm.map((r, k) => (
          <input
            // biome-ignore lint/suspicious/noArrayIndexKey: three fixed radius slots
            key={k}
            type="number"
            min={1}
            value={r}
            aria-label={`${t('radii')} ${k + 1}`}
            data-testid={`radius-${k}`}
            onChange={(e) =>
              setCatchment({
                ...settings,
                radiiKm: settings.radiiKm.map((x, m) => (m === k ? Math.max(1, Number(e.target.value) || 1) : x)),
              })
            }
          />
        ))}
      </div>
      <label className="field">
        <span>{t('supplyIndicator')}</span>
        <select
          value={settings.indicator}
          data-testid="catchment-indicator"
          onChange={(e) => setCatchment({ ...settings, indicator: e.target.value })}
        >
          {(catalog?.indicators ?? [])
            .filter((i) => i.group === 'commodity' || i.group === 'population' || i.group === 'industry')
            .map((i) => (
              <option key={i.id} value={i.id}>
                {i.label[lang]}
              </option>
            ))}
        </select>
      </label>
      <table className="catchment-table small" data-testid="catchment-table">
        <thead>
          <tr>
            <th scope="col">{t('ringCol')}</th>
            <th scope="col">{t('kabWithData')}</th>
            <th scope="col">
              {t('supplyCol')} ({ind?.unit[lang] ?? ''})
            </th>
          </tr>
        </thead>
        <tbody>
          {c.catchment.rings.map((r) => (
            <tr key={r.radiusKm}>
              <td>{formatNumber(r.radiusKm, lang)} km</td>
              <td>
                {r.withData} / {r.regions}
              </td>
              <td>
                {r.withData === 0 ? t('noData') : formatNumber(r.supply, lang)}
                {r.years.length > 0 && <span className="muted"> ({formatYears(r.years, t('yearNotStated'))})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {last && (
        <p className="note">
          {t('catchmentCoverage', { missing: last.regions - last.withData, km: formatNumber(last.radiusKm, lang) })}
        </p>
      )}
      <button type="button" className="link small" onClick={() => setCatchment(null)}>
        {t('closeCatchment')}
      </button>
    </section>
  );
}
