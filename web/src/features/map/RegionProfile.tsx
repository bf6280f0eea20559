import { useMemo } from 'react';
import { isEditSource } from '../../domain/curation/merge-edits';
import type { Observation, RegionProps } from '../../domain/dataset-types';
import { formatNumber } from '../../domain/format';
import { pointsInRegion } from '../../domain/points-in-region';
import { useData, useView } from '../../store/hooks';

import { SourceText } from '../../ui/SourceText';
import { useT } from '../../ui/use-t';
import { LAYER_LABEL } from './LayerToggles';
import { NearestFacilities } from './NearestFacilities';

export function RegionProfile({ region }: { readonly region: RegionProps }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const select = useView((s) => s.select);
  const catalog = useData((s) => s.catalog);
  const observations = useData((s) => s.observations);
  const points = useData((s) => s.points);
  const province = catalog?.provinces.find((p) => p.kemendagri_prov_code === region.kemendagri_prov_code);

  const rows = useMemo(() => {
    const all = observations?.forRegion(region.kemendagri_code) ?? [];
    return (catalog?.indicators ?? []).map((ind) => {
      const obs = all.filter((o) => o.indicator === ind.id);
      return { ind, head: obs.find((o) => o.headline), others: obs.filter((o) => !o.headline) };
    });
  }, [catalog, observations, region.kemendagri_code]);
  const withValue = rows.filter((r) => r.head);
  const without = rows.filter((r) => !r.head);
  const regionPoints = useMemo(() => (points ? pointsInRegion(points, region.kemendagri_code) : []), [points, region]);

  const value = (o: Observation, unit: string) => `${formatNumber(o.value, lang)} ${unit}`;

  return (
    <article className="profile" data-testid="region-profile" aria-labelledby="profile-title">
      <h2 id="profile-title">{region.name}</h2>
      <dl className="codes">
        <dt>{t('bpsCode')}</dt>
        <dd data-testid="profile-bps">{region.bps_code}</dd>
        <dt>{t('kemendagriCode')}</dt>
        <dd data-testid="profile-kemendagri">{region.kemendagri_code}</dd>
        <dt>{t('province')}</dt>
        <dd>
          {province?.name ?? region.kemendagri_prov_code} ({region.kemendagri_prov_code})
        </dd>
        <dt>&nbsp;</dt>
        <dd>{t(region.kind === 'kota' ? 'kind_kota' : 'kind_kabupaten')}</dd>
      </dl>

      <h3>{t('indicatorsWithValues')}</h3>
      <table className="profile-table" data-testid="profile-indicators">
        <tbody>
          {withValue.map(({ ind, head, others }) =>
            head ? (
              <tr key={ind.id} data-indicator={ind.id}>
                <th scope="row">
                  {ind.label[lang]}
                  {ind.group === 'user' && (
                    <>
                      {' '}
                      <span className="user-badge">{t('userDataBadge')}</span>
                    </>
                  )}
                </th>
                <td>
                  <strong>{value(head, ind.unit[lang])}</strong>
                  {isEditSource(head.source_id) && (
                    <>
                      {' '}
                      <span className="user-badge">{t('typedBadge')}</span>
                    </>
                  )}
                  <div className="meta">
                    {t('year')}: {head.year || t('yearNotStated')} · {t('source')}: <SourceText id={head.source_id} />
                  </div>
                  {head.note && (
                    <div className="meta">
                      {t('note')}: {head.note}
                    </div>
                  )}
                  {others.length > 0 && (
                    <details>
                      <summary>
                        {t('otherFigures')} ({others.length})
                      </summary>
                      <ul>
                        {others.map((o) => (
                          <li key={`${o.source_id}${o.year}${o.value}`}>
                            {value(o, ind.unit[lang])} — {o.year || t('yearNotStated')} —{' '}
                            <SourceText id={o.source_id} />
                            {o.note && <div className="meta">{o.note}</div>}
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
              </tr>
            ) : null,
          )}
        </tbody>
      </table>
      {without.length > 0 && (
        <p className="muted small">
          {t('noDataFor')}: {without.map((r) => r.ind.label[lang]).join(', ')}.
        </p>
      )}

      <NearestFacilities region={region} />
      <h3>{t('pointsInRegion')}</h3>
      {regionPoints.length === 0 ? (
        <p className="muted">{t('noPointsInRegion')}</p>
      ) : (
        <ul className="point-list" data-testid="profile-points">
          {regionPoints.map((p) => (
            <li key={`${p.layer}:${p.id}`}>
              <button
                type="button"
                className="link"
                onClick={() => select({ kind: 'point', layer: p.layer, id: p.id })}
              >
                {p.name}
              </button>
              <span className="muted small">
                {' '}
                — {t(LAYER_LABEL[p.layer])}
                {p.lon === null ? ` · ${t('noCoordinates')}` : p.approximate ? ` · ${t('approximate')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
