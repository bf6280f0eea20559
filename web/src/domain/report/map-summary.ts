import type { Choropleth } from '../choropleth';
import { isEditSource } from '../curation/merge-edits';
import type { Catalog, IndicatorInfo, Lang } from '../dataset-types';
import { formatNumber, formatYears } from '../format';
import { NO_DATA_RGB, type Rgb } from '../palette';
import { coverageText, criterionCoverage, distinctTies, tieGroups, tieText } from '../scoring/coverage';
import { criterionLabel } from '../scoring/criterion-label';
import { methodTag } from '../scoring/method-tag';
import type { Scenario } from '../scoring/scenario';
import { EXCLUDED_RGB, type ScoreFill } from '../scoring/score-fill';
import type { ScoredRow } from '../scoring/score-types';
import { classLabels } from './class-labels';

/** What a map export or a report says next to the map: title, legend, scenario, sources, caveats. */
export interface MapSummary {
  readonly title: string;
  readonly subtitle: string;
  readonly legendTitle: string;
  readonly legend: readonly { readonly rgb: Rgb; readonly label: string }[];
  /** Method and weight shares, when the map shows a ranking. */
  readonly scenario: {
    readonly name: string;
    readonly method: string;
    readonly weights: readonly { readonly label: string; readonly pct: number }[];
    readonly topN: number;
  } | null;
  readonly sources: readonly string[];
  readonly caveats: readonly string[];
}

const T = {
  id: {
    noData: 'Tidak ada data',
    excluded: 'Dikecualikan',
    score: 'Skor',
    years: 'Tahun',
    approx: 'Koordinat titik adalah titik tengah desa/kecamatan (perkiraan), bukan lokasi survei.',
    typed: (n: number) => `${n} nilai diketik pengguna (bukan data terbitan).`,
    top: (n: number) => `${n} teratas bergaris tepi`,
  },
  en: {
    noData: 'No data',
    excluded: 'Excluded',
    score: 'Score',
    years: 'Years',
    approx: 'Point coordinates are village/kecamatan centroids (approximate), not surveyed sites.',
    typed: (n: number) => `${n} value(s) typed by users (not published data).`,
    top: (n: number) => `top ${n} outlined`,
  },
};

/**
 * The map's summary: the indicator legend with coverage, years and sources; or, when the map
 * shows scores, the score legend with the scenario's method and weights.
 */
export function mapSummary(args: {
  readonly lang: Lang;
  readonly regionLabel: string;
  readonly date: string;
  readonly catalog: Catalog | null;
  readonly indicator: IndicatorInfo | null;
  readonly choropleth: Choropleth | null;
  readonly scoring: {
    readonly scenario: Scenario;
    readonly fill: ScoreFill;
    /** The ranking's rows: its coverage and ties become caveats. */
    readonly rows?: readonly ScoredRow[];
  } | null;
  readonly title?: string;
}): MapSummary {
  const { lang, catalog } = args;
  const t = T[lang];
  const cite = (id: string) => catalog?.sources.find((s) => s.id === id)?.citation ?? id;
  const caveats: string[] = [t.approx];
  if (args.scoring) {
    const s = args.scoring.scenario;
    const total = s.criteria.reduce((a, c) => a + c.weight, 0);
    const labels = classLabels(args.scoring.fill.breaks, lang);
    const ids = new Set<string>();
    let typed = 0;
    for (const c of s.criteria) {
      const m = /^(?:ind|per_km2|per_capita):(.+)$/.exec(c.id);
      const ind = m ? catalog?.indicators.find((i) => i.id === m[1]) : undefined;
      for (const sid of ind?.source_ids ?? []) {
        if (isEditSource(sid)) typed++;
        else ids.add(sid);
      }
      if (ind?.caveat) caveats.push(`${ind.label[lang]}: ${ind.caveat[lang]}`);
    }
    if (typed > 0) caveats.push(t.typed(typed));
    const rows = args.scoring.rows;
    if (rows) {
      for (const c of criterionCoverage(s, rows))
        if (c.missing > 0) caveats.push(coverageText(c, criterionLabel(c.id, catalog, lang).label, lang));
      for (const g of distinctTies(tieGroups(rows))) caveats.push(tieText(g, lang));
    }
    return {
      title: args.title || s.name,
      subtitle: `${args.regionLabel} · ${args.date}`,
      legendTitle: `${t.score} (${methodTag(s)}) · ${t.top(s.top_n)}`,
      legend: [
        ...args.scoring.fill.colours.map((rgb, i) => ({ rgb, label: labels[i] ?? '' })),
        { rgb: EXCLUDED_RGB, label: t.excluded },
      ],
      scenario: {
        name: s.name,
        method: methodTag(s),
        weights: s.criteria.map((c) => ({
          label: criterionLabel(c.id, catalog, lang).label,
          pct: total > 0 ? (100 * c.weight) / total : 0,
        })),
        topN: s.top_n,
      },
      sources: [...ids].map(cite),
      caveats,
    };
  }
  const ind = args.indicator;
  const c = args.choropleth;
  const labels = c ? classLabels(c.breaks, lang) : [];
  const typed = c?.sourceIds.filter(isEditSource).length ?? 0;
  if (typed > 0) caveats.push(t.typed(typed));
  if (ind?.caveat) caveats.push(ind.caveat[lang]);
  return {
    title: args.title || (ind ? ind.label[lang] : ''),
    subtitle: `${args.regionLabel} · ${t.years} ${c ? formatYears(c.years, '—') || '—' : '—'} · ${args.date}`,
    legendTitle: ind
      ? `${ind.label[lang]} (${ind.unit[lang]}) · ${c ? `${formatNumber(c.withValue, lang)}/${formatNumber(c.inView, lang)}` : ''}`
      : '',
    legend: [
      ...(c?.colours ?? []).map((rgb, i) => ({ rgb, label: labels[i] ?? '' })),
      { rgb: NO_DATA_RGB, label: t.noData },
    ],
    scenario: null,
    sources: (c?.sourceIds ?? []).filter((id) => !isEditSource(id)).map(cite),
    caveats,
  };
}
