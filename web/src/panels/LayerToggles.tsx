import { POINT_LAYERS, type PointLayerId } from '../domain/dataset-types';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { pointIcon } from '../map/point-icons';
import { useAppStore } from '../store/app-store';
import { useDataStore } from '../store/data-store';

export const LAYER_LABEL: Record<PointLayerId, MessageKey> = {
  sentra: 'layerSentra',
  estates: 'layerEstates',
  ports: 'layerPorts',
  processors: 'layerProcessors',
};

export function LayerToggles() {
  const t = useT();
  const layers = useAppStore((s) => s.layers);
  const toggle = useAppStore((s) => s.toggleLayer);
  const points = useDataStore((s) => s.points);
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
      </ul>
      <p className="note">{t('pointsApproxNote')}</p>
    </section>
  );
}
