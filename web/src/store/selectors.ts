import { useMemo } from 'react';
import { buildChoropleth, type Choropleth } from '../domain/choropleth';
import type { IndicatorInfo, RegionProps } from '../domain/dataset-types';
import { viewById } from '../domain/region-views';
import type { DeckLayerState } from '../map/build-layers';
import { useAppStore } from './app-store';
import { useDataStore } from './data-store';

const NO_REGIONS: readonly RegionProps[] = [];

export function useRegionList(): readonly RegionProps[] {
  const regions = useDataStore((s) => s.regions);
  return useMemo(() => regions?.features.map((f) => f.properties) ?? NO_REGIONS, [regions]);
}

export function useIndicator(): IndicatorInfo | undefined {
  const catalog = useDataStore((s) => s.catalog);
  const id = useAppStore((s) => s.indicatorId);
  return useMemo(() => catalog?.indicators.find((i) => i.id === id), [catalog, id]);
}

/** The choropleth for the current indicator and region view (null until the data is in). */
export function useChoropleth(): Choropleth | null {
  const regions = useRegionList();
  const observations = useDataStore((s) => s.observations);
  const indicatorId = useAppStore((s) => s.indicatorId);
  const view = useAppStore((s) => s.view);
  return useMemo(() => {
    if (!observations || regions.length === 0) return null;
    return buildChoropleth(regions, observations.headline(indicatorId), viewById(view));
  }, [regions, observations, indicatorId, view]);
}

export function useDeckLayerState(): DeckLayerState {
  const points = useDataStore((s) => s.points);
  const selection = useAppStore((s) => s.selection);
  const layers = useAppStore((s) => s.layers);
  return useMemo(
    () => ({ points, visiblePointLayers: layers, selectedPoint: selection?.kind === 'point' ? selection.id : null }),
    [points, selection, layers],
  );
}
