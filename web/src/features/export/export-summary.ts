import { buildChoropleth } from '../../domain/choropleth';
import { POINT_LAYERS, type PointLayerId } from '../../domain/dataset-types';
import { viewById } from '../../domain/region-views';
import { type MapSummary, mapSummary } from '../../domain/report/map-summary';
import { buildScoreFill } from '../../domain/scoring/score-fill';
import type { Atlas } from '../../store/atlas';

/**
 * The summary of the map as the user sees it now (score map on the scoring tab, else the
 * indicator); `scoringAlways` for the report, which is about the ranking whatever the tab.
 */
export function currentSummary(atlas: Atlas, title = '', scoringAlways = false): MapSummary {
  const app = atlas.view.getState();
  const d = atlas.data.getState();
  const sc = atlas.scoring.getState();
  const regions = d.regions?.features.map((f) => f.properties) ?? [];
  const view = viewById(app.view);
  const indicator = d.catalog?.indicators.find((i) => i.id === app.indicatorId) ?? null;
  const scoring =
    (sc.tab === 'scoring' || scoringAlways) && sc.result
      ? {
          scenario: sc.result.scenario,
          fill: buildScoreFill(regions, sc.result.rows, sc.result.scenario.top_n),
          rows: sc.result.rows,
        }
      : null;
  return mapSummary({
    lang: app.lang,
    regionLabel: view.label[app.lang],
    date: new Date().toISOString().slice(0, 10),
    catalog: d.catalog,
    indicator,
    choropleth:
      d.observations && indicator ? buildChoropleth(regions, d.observations.headline(indicator.id), view) : null,
    scoring,
    title,
  });
}

/** The located points of the layers switched on, and the user's imported points. */
export function visiblePoints(atlas: Atlas): {
  points: { layer: PointLayerId; lon: number; lat: number }[];
  userPoints: { lon: number; lat: number }[];
} {
  const app = atlas.view.getState();
  const pts = atlas.data.getState().points;
  const points = POINT_LAYERS.filter((l) => app.layers[l]).flatMap((layer) =>
    (pts?.[layer] ?? []).flatMap((p) => (p.lon !== null && p.lat !== null ? [{ layer, lon: p.lon, lat: p.lat }] : [])),
  );
  return { points, userPoints: atlas.userData.getState().imports.flatMap((i) => i.points) };
}
