import type { Layer } from '@deck.gl/core';
import { ArcLayer, IconLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { PointLayerId, PointRecord, PointsFile } from '../../domain/dataset-types';
import { POINT_LAYERS } from '../../domain/dataset-types';
import { pointIcon } from './point-icons';

/** What deck.gl draws above the MapLibre kab/kota layers. */
export interface DeckLayerState {
  readonly points: PointsFile | null;
  readonly visiblePointLayers: Readonly<Record<PointLayerId, boolean>>;
  readonly selectedPoint: string | null;
  /** Supply arcs of a catchment (kab/kota inside point → facility), weighted by supply. */
  readonly arcs: readonly { readonly from: [number, number]; readonly to: [number, number]; readonly weight: number }[];
  /** Points the user imported (lat/lon files), drawn apart from the published layers. */
  readonly userPoints: readonly { readonly lon: number; readonly lat: number }[];
}

type Located = PointRecord & { lon: number; lat: number };

/**
 * Builds the deck.gl layers from state (pure: no map, no DOM). Ids are stable so deck.gl diffs
 * them; a point without coordinates is never drawn (its kab/kota profile lists it).
 */
export function buildLayers(s: DeckLayerState): Layer[] {
  if (!s.points) return [];
  const points = s.points;
  const maxWeight = Math.max(1, ...s.arcs.map((a) => a.weight));
  type Arc = DeckLayerState['arcs'][number];
  const arcs = new ArcLayer<Arc>({
    id: 'catchment-arcs',
    data: s.arcs as Arc[],
    getSourcePosition: (a) => a.from,
    getTargetPosition: (a) => a.to,
    getSourceColor: [27, 158, 119, 220],
    getTargetColor: [117, 112, 179, 220],
    getWidth: (a) => 1 + (11 * a.weight) / maxWeight,
    widthUnits: 'pixels',
    visible: s.arcs.length > 0,
  });
  type UserPoint = DeckLayerState['userPoints'][number];
  const userPoints = new ScatterplotLayer<UserPoint>({
    id: 'user-points',
    data: s.userPoints as UserPoint[],
    getPosition: (p) => [p.lon, p.lat],
    getRadius: 5,
    radiusUnits: 'pixels',
    getFillColor: [197, 27, 125, 230],
    getLineColor: [255, 255, 255, 255],
    lineWidthUnits: 'pixels',
    getLineWidth: 1.5,
    stroked: true,
    visible: s.userPoints.length > 0,
  });
  return [
    arcs,
    userPoints,
    ...POINT_LAYERS.map(
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
    ),
  ];
}
