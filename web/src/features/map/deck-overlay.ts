import { MapLibreOverlay } from '@deck.gl/maplibre';
import { buildLayers, type DeckLayerState } from './build-layers';

/**
 * Everything of deck.gl the map needs, behind one dynamic import: the chunk loads after the
 * first map frame, so it never delays the map.
 */
export interface DeckOverlay {
  readonly control: MapLibreOverlay;
  update(state: DeckLayerState): void;
}

export function createDeckOverlay(): DeckOverlay {
  const control = new MapLibreOverlay({ interleaved: false, layers: [] });
  return { control, update: (state) => control.setProps({ layers: buildLayers(state) }) };
}
