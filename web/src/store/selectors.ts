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
import { useData, useScoring, useView } from './hooks';

const NO_REGIONS: readonly RegionProps[] = [];

export function useRegionList(): readonly RegionProps[] {
  const regions = useData((s) => s.regions);
  return useMemo(() => regions?.features.map((f) => f.properties) ?? NO_REGIONS, [regions]);
}

export function useIndicator(): IndicatorInfo | undefined {
  const catalog = useData((s) => s.catalog);
  const id = useView((s) => s.indicatorId);
  return useMemo(() => catalog?.indicators.find((i) => i.id === id), [catalog, id]);
}

/** The choropleth for the current indicator and region view (null until the data is in). */
export function useChoropleth(): Choropleth | null {
  const regions = useRegionList();
  const observations = useData((s) => s.observations);
  const indicatorId = useView((s) => s.indicatorId);
  const view = useView((s) => s.view);
  return useMemo(() => {
    if (!observations || regions.length === 0) return null;
    return buildChoropleth(regions, observations.headline(indicatorId), viewById(view));
  }, [regions, observations, indicatorId, view]);
}

/** The score map (null unless the scoring tab is open with a ranking). */
export function useScoreFill(): ScoreFill | null {
  const regions = useRegionList();
  const tab = useScoring((s) => s.tab);
  const result = useScoring((s) => s.result);
  const compare = useScoring((s) => s.compare);
  const siteSet = useScoring((s) => s.siteSet);
  return useMemo(() => {
    if (tab !== 'scoring' || !result) return null;
    const o = siteSet?.forSeq === result.seq ? siteSet.outcome : null;
    const chosenCodes = o?.status === 'optimal' ? o.chosen : [];
    const f = { ...buildScoreFill(regions, result.rows, result.scenario.top_n), chosenCodes };
    // While comparing, the map shows the rank change from this scenario to B.
    return compare ? { ...f, fill: buildShiftFill(regions, rankShifts(result.rows, compare.rows)), topCodes: [] } : f;
  }, [regions, tab, result, compare, siteSet]);
}

/** The kab/kota adjacency graph (shared land borders), built once per boundaries load. */
export function useAdjacency(): AdjacencyGraph | null {
  const regions = useData((s) => s.regions);
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
  const settings = useView((s) => s.catchment);
  const points = useData((s) => s.points);
  const observations = useData((s) => s.observations);
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
