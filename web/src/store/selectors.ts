import { useMemo } from 'react';
import { buildChoropleth, type Choropleth } from '../domain/choropleth';
import { classOf, computeBreaks } from '../domain/classify';
import type { IndicatorInfo, PointRecord, RegionProps } from '../domain/dataset-types';
import { NO_DATA_RGB, OUT_OF_VIEW_RGB, type Rgb, sequentialPalette } from '../domain/palette';
import { type AdjacencyGraph, buildAdjacency } from '../domain/proximity/adjacency';
import { buildCatchment, type Catchment } from '../domain/proximity/catchment';
import { viewById } from '../domain/region-views';
import { buildShiftFill, rankShifts } from '../domain/scoring/compare';
import { buildScoreFill, type ScoreFill } from '../domain/scoring/score-fill';
import type { DeckLayerState } from '../map/build-layers';
import { useAppStore } from './app-store';
import { useDataStore } from './data-store';
import { useScoringStore } from './scoring-store';
import { useUserDataStore } from './user-data';

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
  const c = useCatchment();
  const regions = useRegionList();
  const imports = useUserDataStore((s) => s.imports);
  return useMemo(() => {
    const byCode = new Map(regions.map((r) => [r.kemendagri_code, r]));
    const arcs =
      c && c.facility.lon !== null && c.facility.lat !== null
        ? c.catchment.regions
            .filter((r) => r.supply !== null && r.supply > 0)
            .map((r) => {
              const reg = byCode.get(r.kemendagri_code) as RegionProps;
              return {
                from: [reg.label_lon, reg.label_lat] as [number, number],
                to: [c.facility.lon as number, c.facility.lat as number] as [number, number],
                weight: r.supply as number,
              };
            })
        : [];
    return {
      points,
      visiblePointLayers: layers,
      selectedPoint: selection?.kind === 'point' ? selection.id : null,
      arcs,
      userPoints: imports.flatMap((i) => i.points),
    };
  }, [points, selection, layers, c, regions, imports]);
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

/** The catchment of the facility chosen in the app store (null when none). */
export function useCatchment(): { catchment: Catchment; facility: PointRecord; fill: Map<string, Rgb> } | null {
  const settings = useAppStore((s) => s.catchment);
  const points = useDataStore((s) => s.points);
  const observations = useDataStore((s) => s.observations);
  const regions = useRegionList();
  return useMemo(() => {
    if (!settings || !points || !observations) return null;
    const facility = points[settings.layer].find((p) => p.id === settings.id);
    if (!facility || facility.lon === null || facility.lat === null) return null;
    const catchment = buildCatchment(
      { lon: facility.lon, lat: facility.lat },
      regions,
      observations.headline(settings.indicator),
      settings.radiiKm,
    );
    // Supply classes among the kab/kota inside the rings; the rest is context.
    const known = catchment.regions.filter((r) => r.supply !== null).map((r) => r.supply as number);
    const breaks = computeBreaks(known);
    const colours = sequentialPalette(breaks.lower.length);
    const fill = new Map<string, Rgb>(regions.map((r) => [r.kemendagri_code, OUT_OF_VIEW_RGB]));
    for (const r of catchment.regions) {
      fill.set(
        r.kemendagri_code,
        r.supply === null ? NO_DATA_RGB : (colours[classOf(r.supply, breaks)] ?? NO_DATA_RGB),
      );
    }
    return { catchment, facility, fill };
  }, [settings, points, observations, regions]);
}
