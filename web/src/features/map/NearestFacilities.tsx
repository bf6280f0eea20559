import { useMemo } from 'react';
import type { RegionProps } from '../../domain/dataset-types';
import { formatNumber } from '../../domain/format';
import { buildOdTable } from '../../domain/proximity/od-table';
import { useData, useView } from '../../store/hooks';

import { useAdjacency } from '../../store/selectors';
import { useT } from '../../ui/use-t';
import { LAYER_LABEL } from './LayerToggles';

/** The three nearest estates/KEK and ports of a kab/kota: straight line, overland proxy, sea. */
export function NearestFacilities({ region }: { region: RegionProps }) {
  const t = useT();
  const lang = useView((s) => s.lang);
  const select = useView((s) => s.select);
  const points = useData((s) => s.points);
  const g = useAdjacency();
  const rows = useMemo(() => (g && points ? buildOdTable(g, [region], points) : []), [g, points, region]);
  if (rows.length === 0) return null;
  const nearest = (layer: 'estates' | 'ports') => rows.filter((r) => r.facility_layer === layer).slice(0, 3);
  return (
    <>
      <h3>{t('nearestFacilities')}</h3>
      <ul className="point-list small" data-testid="nearest-facilities">
        {(['estates', 'ports'] as const).flatMap((layer) =>
          nearest(layer).map((r) => (
            <li key={`${layer}:${r.facility_id}`}>
              <button
                type="button"
                className="link"
                onClick={() => select({ kind: 'point', layer, id: r.facility_id })}
              >
                {r.facility_name}
              </button>{' '}
              <span className="muted">
                ({t(LAYER_LABEL[layer])}) — {t('straightKm', { km: formatNumber(r.straight_km, lang) })};{' '}
                {r.sea_crossing ? (
                  <strong>{t('seaCrossing')}</strong>
                ) : (
                  t('overlandKm', { km: formatNumber(r.overland_km ?? 0, lang) })
                )}
              </span>
            </li>
          )),
        )}
      </ul>
      <details className="od-full">
        <summary className="small">{t('allFacilities', { n: rows.length })}</summary>
        <table className="attr-table" data-testid="od-rows">
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.facility_layer}:${r.facility_id}`}>
                <th scope="row">{r.facility_name}</th>
                <td>
                  {formatNumber(r.straight_km, lang)} km ·{' '}
                  {r.sea_crossing ? t('seaCrossing') : t('overlandKm', { km: formatNumber(r.overland_km ?? 0, lang) })}{' '}
                  · {t('landmass', { code: r.facility_landmass })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <p className="note">{t('landmassNote')}</p>
    </>
  );
}
