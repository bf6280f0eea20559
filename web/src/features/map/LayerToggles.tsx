import { POINT_LAYERS, type PointLayerId } from '../../domain/dataset-types';
import { buildOdTable, odTableCsv } from '../../domain/proximity/od-table';
import { inView, viewById } from '../../domain/region-views';
import type { MessageKey } from '../../i18n/messages';
import { useData, useUserData, useView } from '../../store/hooks';

import { useAdjacency, useRegionList } from '../../store/selectors';

import { downloadText } from '../../ui/download';
import { useT } from '../../ui/use-t';
import { pointIcon } from './point-icons';

export const LAYER_LABEL: Record<PointLayerId, MessageKey> = {
  sentra: 'layerSentra',
  estates: 'layerEstates',
  ports: 'layerPorts',
  processors: 'layerProcessors',
};

export function LayerToggles() {
  const t = useT();
  const layers = useView((s) => s.layers);
  const toggle = useView((s) => s.toggleLayer);
  const points = useData((s) => s.points);
  const adjacency = useAdjacency();
  const regions = useRegionList();
  const view = useView((s) => s.view);
  const downloadOd = () => {
    if (!points || !adjacency) return;
    const v = viewById(view);
    const csv = odTableCsv(
      buildOdTable(
        adjacency,
        regions.filter((r) => inView(r, v)),
        points,
      ),
    );
    downloadText(`sentra-atlas-od-${v.id}.csv`, csv, 'text/csv;charset=utf-8');
  };
  const userPoints = useUserData((s) => s.imports.reduce((n, i) => n + i.points.length, 0));
  return (
    <section className="panel" aria-labelledby="layers-heading">
      <h2 id="layers-heading">{t('layers')}</h2>
      <ul className="layer-list">
        {POINT_LAYERS.map((layer) => (
          <li key={layer}>
            <label>
              <input
                type="checkbox"
                data-testid={`toggle-${layer}`}
                checked={layers[layer]}
                onChange={() => toggle(layer)}
              />
              <img src={pointIcon(layer).url} alt="" width={16} height={16} />
              <span>{t(LAYER_LABEL[layer])}</span>
              <span className="count">{points ? points[layer].length : ''}</span>
            </label>
          </li>
        ))}
        {userPoints > 0 && (
          <li data-testid="user-points-legend">
            <span className="layer-row">
              <span className="user-dot" aria-hidden="true" />
              <span>
                {t('userPointsLayer')} <span className="user-badge">{t('userDataBadge')}</span>
              </span>
              <span className="count">{userPoints}</span>
            </span>
          </li>
        )}
      </ul>
      <p className="note">{t('pointsApproxNote')}</p>
      <button
        type="button"
        className="small"
        data-testid="download-od"
        title={t('odHelp')}
        disabled={!points || !adjacency}
        onClick={downloadOd}
      >
        {t('downloadOd')}
      </button>
    </section>
  );
}
