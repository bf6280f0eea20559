import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';

/*
 * MapLibre schedules a repaint on every setFilter/setPaintProperty call, equal value or not, and
 * a changed filter makes its worker lay the loaded tiles out again. At start-up the React effects
 * repeat what the style already says; these skip such calls.
 */

export function setFilterIfChanged(map: MapLibreMap, layer: string, filter: FilterSpecification): void {
  if (!map.getLayer(layer)) return;
  if (JSON.stringify(map.getFilter(layer) ?? null) === JSON.stringify(filter)) return;
  map.setFilter(layer, filter);
}

export function setPaintIfChanged(
  map: MapLibreMap,
  layer: string,
  property: 'line-width' | 'line-color',
  value: number | string,
): void {
  if (!map.getLayer(layer)) return;
  if (JSON.stringify(map.getPaintProperty(layer, property) ?? null) === JSON.stringify(value)) return;
  map.setPaintProperty(layer, property, value);
}
