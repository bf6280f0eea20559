import { useMemo } from 'react';
import { buildChoropleth, type Choropleth } from '../domain/choropleth';
import type { IndicatorInfo, RegionProps } from '../domain/dataset-types';
import { type AdjacencyGraph, buildAdjacency } from '../domain/proximity/adjacency';
import { viewById } from '../domain/region-views';
import { buildShiftFill, rankShifts } from '../domain/scoring/compare';
import { buildScoreFill, type ScoreFill } from '../domain/scoring/score-fill';
import type { DeckLayerState } from '../map/build-layers';
import { useAppStore } from './app-store';
import { useDataStore } from './data-store';
import { useScoringStore } from './scoring-store';

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

/** The score map (null unless the scoring tab is open with a ranking). */
export function useScoreFill(): ScoreFill | null {
  const regions = useRegionList();
  const tab = useScoringStore((s) => s.tab);
  const result = useScoringStore((s) => s.result);
  const compare = useScoringStore((s) => s.compare);
  return useMemo(() => {
    if (tab !== 'scoring' || !result) return null;
    const f = buildScoreFill(regions, result.rows, result.scenario.top_n);
    // While comparing, the map shows the rank change from this scenario to B.
    return compare ? { ...f, fill: buildShiftFill(regions, rankShifts(result.rows, compare.rows)), topCodes: [] } : f;
  }, [regions, tab, result, compare]);
}

/** The kab/kota adjacency graph (shared land borders), built once per boundaries load. */
export function useAdjacency(): AdjacencyGraph | null {
  const regions = useDataStore((s) => s.regions);
  return useMemo(
    () =>
      regions
        ? buildAdjacency(
            regions.features.map((f) => f.properties),
            regions.neighbours,
          )
        : null,
    [regions],
  );
}
