import type { Catalog, Lang, RegionProps } from '../../domain/dataset-types';
import { viewBounds, viewById } from '../../domain/region-views';
import type { MapSummary } from '../../domain/report/map-summary';
import { type RankingSources, sourcesOfRanking } from '../../domain/report/ranking-sources';
import type { Atlas } from '../../store/atlas';
import type { ScoringResult, SiteSetState } from '../../store/scoring-slice';
import { computeSensitivity, type Sensitivity, sensitivityByCode } from '../decision/use-sensitivity';
import { currentSummary, visiblePoints } from './export-summary';
import { exportMapPng } from './map-export';

/** Everything the PDF report shows, taken at one moment: the report is a function of this alone. */
export interface ReportInput {
  readonly lang: Lang;
  /** YYYY-MM-DD, the day the report was made. */
  readonly date: string;
  readonly regionLabel: string;
  readonly summary: MapSummary;
  /** The map image (PNG data URL) and its pixel size. */
  readonly map: { readonly dataUrl: string; readonly width: number; readonly height: number };
  readonly catalog: Catalog | null;
  readonly regions: readonly RegionProps[];
  readonly result: ScoringResult | null;
  readonly siteSet: SiteSetState | null;
  /** Stability and missing-data ranges of `result`, or null when they cannot be computed. */
  readonly sensitivity: Sensitivity | null;
  /** Per indicator a criterion reads: the ranking's kab/kota with a value, their years and sources. */
  readonly sources: Readonly<Record<string, RankingSources>>;
}

const MAP = { width: 1600, height: 900 };

const blobToDataUrl = (b: Blob) =>
  new Promise<string>((ok, fail) => {
    const r = new FileReader();
    r.onload = () => ok(String(r.result));
    r.onerror = () => fail(new Error('image'));
    r.readAsDataURL(b);
  });

/** The report's snapshot of the atlas now: the map drawn off-screen, the ranking and its ranges. */
export async function snapshotReport(atlas: Atlas, title = ''): Promise<ReportInput> {
  const app = atlas.view.getState();
  const d = atlas.data.getState();
  const { result, siteSet, uncertainty } = atlas.scoring.getState();
  const lang = app.lang;
  const regions = d.regions?.features.map((f) => f.properties) ?? [];
  const summary = currentSummary(atlas, title);
  const png = await exportMapPng(app.map, {
    ...MAP,
    summary,
    ...visiblePoints(atlas),
    northLabel: lang === 'id' ? 'U' : 'N',
    // The report shows the whole region it ranks, whatever the screen is zoomed to (issue 15).
    frame: viewBounds(viewById(app.view), d.catalog?.provinces ?? []),
  });
  // The worker's answer for this very ranking when it is in; else the same draws in-process.
  const sensitivity = !result
    ? null
    : uncertainty && uncertainty.forSeq === result.seq
      ? sensitivityByCode(uncertainty.value)
      : d.observations && d.points
        ? computeSensitivity(result.scenario, d.observations, d.points, regions)
        : null;
  const sources = result
    ? sourcesOfRanking(result.scenario, result.rows, (id) => d.observations?.headline(id) ?? new Map())
    : {};
  return {
    lang,
    date: new Date().toISOString().slice(0, 10),
    regionLabel: viewById(app.view).label[lang],
    summary,
    map: { dataUrl: await blobToDataUrl(png), ...MAP },
    catalog: d.catalog,
    regions,
    result,
    siteSet,
    sensitivity,
    sources,
  };
}
