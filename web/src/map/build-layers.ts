import type { Layer } from '@deck.gl/core';
import { IconLayer } from '@deck.gl/layers';
import type { PointLayerId, PointRecord, PointsFile } from '../domain/dataset-types';
import { POINT_LAYERS } from '../domain/dataset-types';
import { pointIcon } from './point-icons';

/** What deck.gl draws above the MapLibre kab/kota layers. */
export interface DeckLayerState {
  readonly points: PointsFile | null;
  readonly visiblePointLayers: Readonly<Record<PointLayerId, boolean>>;
  readonly selectedPoint: string | null;
}

type Located = PointRecord & { lon: number; lat: number };

/**
 * Builds the deck.gl layers from state (pure: no map, no DOM). Ids are stable so deck.gl diffs
 * them; a point without coordinates is never drawn (its kab/kota profile lists it).
 */
export function buildLayers(s: DeckLayerState): Layer[] {
  if (!s.points) return [];
  const points = s.points;
  return POINT_LAYERS.map(
    (layer) =>
      new IconLayer<Located>({
        id: `points-${layer}`,
        data: points[layer].filter((p): p is Located => p.lon !== null && p.lat !== null),
        visible: s.visiblePointLayers[layer],
        pickable: true,
        getPosition: (p) => [p.lon, p.lat],
        getIcon: () => pointIcon(layer),
        getSize: (p) => (p.id === s.selectedPoint ? 26 : 17),
        sizeUnits: 'pixels',
        updateTriggers: { getSize: s.selectedPoint },
      }),
  );
}
