import type { PointRecord } from '../../domain/dataset-types';
import { useView } from '../../store/hooks';

import { useRegionList } from '../../store/selectors';
import { useT } from '../../ui/use-t';
import { CatchmentPanel } from './CatchmentPanel';
import { LAYER_LABEL } from './LayerToggles';
import { PortRecords, SOURCE_NAME } from './PortRecords';

export function PointDetail({ point }: { readonly point: PointRecord }) {
  const t = useT();
  const select = useView((s) => s.select);
  const catchment = useView((s) => s.catchment);
  const setCatchment = useView((s) => s.setCatchment);
  const regions = useRegionList();
  const nameOf = (code: string) => regions.find((r) => r.kemendagri_code === code)?.name ?? code;
  const checkText =
    point.location_check === 'other_region' || point.location_check === 'no_stated_region'
      ? t(`check_${point.location_check}`, { region: `${nameOf(point.located_in)} (${point.located_in})` })
      : t(`check_${point.location_check}`);
  return (
    <article className="profile" data-testid="point-detail" aria-labelledby="point-title">
      <p className="eyebrow">{t(LAYER_LABEL[point.layer])}</p>
      <h2 id="point-title">{point.name}</h2>
      <dl className="codes">
        <dt>{t('statedRegion')}</dt>
        <dd>
          {point.kemendagri_code ? (
            <button
              type="button"
              className="link"
              onClick={() => select({ kind: 'region', code: point.kemendagri_code })}
            >
              {nameOf(point.kemendagri_code)}
            </button>
          ) : (
            '—'
          )}
          {point.kemendagri_code && (
            <span className="muted small">
              {' '}
              (BPS {point.bps_code} · Kemendagri {point.kemendagri_code})
            </span>
          )}
        </dd>
        <dt>{t('coordinate')}</dt>
        <dd data-testid="point-coordinate">
          {point.lon === null || point.lat === null ? (
            t('noCoordinates')
          ) : (
            <>
              {point.lat.toFixed(5)}, {point.lon.toFixed(5)}{' '}
              <div className={point.approximate ? 'badge warn' : 'meta'}>
                {point.approximate
                  ? t('approximateCoord', { method: point.coord_method })
                  : t('exactCoord', { method: point.coord_method })}
              </div>
            </>
          )}
        </dd>
        <dt>&nbsp;</dt>
        <dd className="meta">{checkText}</dd>
        <dt>{t('year')}</dt>
        <dd>{point.year || t('yearNotStated')}</dd>
        <dt>{t('source')}</dt>
        <dd className="source-full">
          {point.port
            ? // Each record's full citation is in the list below; here the sources by name.
              [...new Set(point.port.records.map((r) => SOURCE_NAME[r.source]))].join(' · ')
            : point.source}
        </dd>
      </dl>
      {point.port && <PortRecords port={point.port} />}
      {(point.layer === 'estates' || point.layer === 'ports') && point.lon !== null && (
        <button
          type="button"
          data-testid="show-catchment"
          onClick={() =>
            setCatchment({
              layer: point.layer as 'estates' | 'ports',
              id: point.id,
              radiiKm: [50, 100, 150],
              indicator: 'kelapa_production',
            })
          }
        >
          {t('showCatchment')}
        </button>
      )}
      {catchment?.id === point.id && <CatchmentPanel />}
      <details>
        <summary>{t('allAttributes')}</summary>
        <table className="attr-table">
          <tbody>
            {point.attrs
              .filter(([, v]) => v !== '')
              .map(([k, v]) => (
                <tr key={k}>
                  <th scope="row">{k}</th>
                  <td>{v}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </article>
  );
}
