import type { Observation, PointsFile } from '../../../web/src/domain/dataset-types';
import { parseSourceNumber, type Row } from './csv';
import { pairError, type RegionRow } from './regions';
import type { SourceRegistry } from './sources';
import { pickHeadline } from './year';

type Draft = Omit<Observation, 'headline'>;

export interface CommodityMapping {
  readonly file: string;
  readonly commodity: string;
  readonly metric: string;
  readonly unit: string;
  readonly indicator: string;
}

const SUPERSEDED = '(superseded)';

function findMapping(
  maps: readonly CommodityMapping[],
  file: string,
  commodity: string,
  metric: string,
  unit: string,
): CommodityMapping | undefined {
  const fits = (pattern: string, v: string) => pattern === '*' || pattern === v;
  return maps.find((m) => m.file === file && m.commodity === commodity && fits(m.metric, metric) && fits(m.unit, unit));
}

export interface ObservationInputs {
  readonly regions: readonly RegionRow[];
  readonly population: readonly Row[];
  readonly sp2020Addendum: readonly Row[];
  readonly imk: readonly Row[];
  readonly commodityAdm2: readonly Row[];
  readonly coconutV2: readonly Row[];
  readonly commodityMap: readonly CommodityMapping[];
  readonly points: PointsFile;
  readonly pointSources: Readonly<Record<keyof PointsFile, string>>;
}

/**
 * Every figure the app shows per kab/kota, in long form with its source and year. Values the
 * sources do not give are absent (never zero-filled) — except facility counts, which count a
 * list the app ships and say so in their caveat.
 */
export function buildObservations(input: ObservationInputs, sources: SourceRegistry): Observation[] {
  const byK = new Map(input.regions.map((r) => [r.kemendagri_code, r]));
  const drafts: Draft[] = [];
  const errors: string[] = [];

  const add = (
    where: string,
    k: string,
    b: string,
    indicator: string,
    value: number | null,
    year: string,
    source: string,
    note: string,
  ) => {
    const problem = pairError(byK, k, b);
    if (problem) {
      errors.push(`${where}: ${problem}`);
      return;
    }
    if (value === null) return;
    const region = byK.get(k);
    if (!region) return;
    drafts.push({
      kemendagri_code: k,
      bps_code: region.bps_code,
      indicator,
      value,
      year,
      source_id: sources.idFor(source),
      note,
    });
  };

  // Population ≈2024, area, SP2020 (the addendum supersedes rounded values and adds new ones).
  const addendum = new Map<string, Row>();
  for (const a of input.sp2020Addendum) addendum.set(a.kemendagri_code ?? '', a);
  for (const [i, r] of input.population.entries()) {
    const where = `population_area_adm2.csv:${i + 2}`;
    const k = r.kemendagri_code ?? '';
    const b = r.bps_code ?? '';
    const pop = parseSourceNumber(r.pop_2024 ?? '', `${where} pop_2024`);
    add(where, k, b, 'pop_2024', pop, r.pop_2024_year ?? '', r.pop_2024_source ?? '', '');
    const area = parseSourceNumber(r.area_km2 ?? '', `${where} area_km2`);
    add(where, k, b, 'area_km2', area, r.area_year ?? '', r.area_source ?? '', '');
    if (pop !== null && area !== null && area > 0) {
      add(
        where,
        k,
        b,
        'density_2024',
        Math.round((pop / area) * 100) / 100,
        r.pop_2024_year ?? '',
        'Sentra Atlas: pop_2024 / area_km2 (both from github.com/cahyadsn/wilayah, see those indicators)',
        '',
      );
    }
    const sup = addendum.get(k);
    if (sup && (sup.pop_sp2020 ?? '') !== '') {
      const v = parseSourceNumber(sup.pop_sp2020 ?? '', `population_sp2020_addendum.csv ${k}`);
      add(
        `population_sp2020_addendum.csv ${k}`,
        k,
        sup.bps_code ?? '',
        'pop_sp2020',
        v,
        sup.pop_sp2020_year ?? '',
        sup.pop_sp2020_source ?? '',
        [sup.pop_sp2020_precision === 'exact' ? '' : sup.pop_sp2020_precision, sup.note].filter(Boolean).join('; '),
      );
    } else if ((r.pop_sp2020 ?? '') !== '') {
      const v = parseSourceNumber(r.pop_sp2020 ?? '', `${where} pop_sp2020`);
      add(
        where,
        k,
        b,
        'pop_sp2020',
        v,
        r.pop_sp2020_year ?? '',
        r.pop_sp2020_source ?? '',
        r.pop_sp2020_precision === 'rounded_to_10' ? 'rounded to 10 by the source' : '',
      );
    }
  }
  for (const a of input.sp2020Addendum) {
    if (!byK.has(a.kemendagri_code ?? ''))
      errors.push(`population_sp2020_addendum.csv: unknown code ${a.kemendagri_code}`);
  }

  for (const [i, r] of input.imk.entries()) {
    const where = `imk_share_sulteng_2021.csv:${i + 2}`;
    add(
      where,
      r.kemendagri_code ?? '',
      r.bps_code ?? '',
      'imk_share_2021',
      parseSourceNumber(r.value ?? '', where),
      r.year ?? '',
      r.source ?? '',
      r.note ?? '',
    );
  }

  const commodityRows = (file: string, rows: readonly Row[], commodityOf: (r: Row) => string) => {
    for (const [i, r] of rows.entries()) {
      const where = `${file}:${i + 2}`;
      const commodity = commodityOf(r);
      const m = findMapping(input.commodityMap, file, commodity, r.metric ?? '', r.unit ?? '');
      if (!m) {
        errors.push(`${where}: no indicator for (${commodity}, ${r.metric}, ${r.unit}) in data/commodity-map.csv`);
        continue;
      }
      if (m.indicator === SUPERSEDED) continue;
      add(
        where,
        r.kemendagri_code ?? '',
        r.bps_code ?? '',
        m.indicator,
        parseSourceNumber(r.value ?? '', where),
        r.year ?? '',
        r.source ?? '',
        r.note ?? '',
      );
    }
  };
  commodityRows('commodity_production_adm2.csv', input.commodityAdm2, (r) => r.commodity ?? '');
  // The v2 coconut table carries the commodity ("kelapa" / "kelapa dalam") in its note only.
  commodityRows('coconut_production_adm2_v2.csv', input.coconutV2, () => 'kelapa');

  // Facility counts over the lists the app ships (by the kab/kota each source names).
  const countIndicator = {
    sentra: 'sentra_count',
    estates: 'estate_count',
    ports: 'port_count',
    processors: 'processor_count',
  } as const;
  for (const layer of Object.keys(countIndicator) as (keyof typeof countIndicator)[]) {
    const counts = new Map<string, number>();
    for (const p of input.points[layer]) {
      if (p.kemendagri_code) counts.set(p.kemendagri_code, (counts.get(p.kemendagri_code) ?? 0) + 1);
    }
    for (const r of input.regions) {
      add(
        `${layer} count`,
        r.kemendagri_code,
        r.bps_code,
        countIndicator[layer],
        counts.get(r.kemendagri_code) ?? 0,
        '2026',
        input.pointSources[layer],
        '',
      );
    }
  }

  if (errors.length > 0) throw new Error(`observations: ${errors.length} problem(s):\n  ${errors.join('\n  ')}`);
  return markHeadlines(drafts);
}

/** Marks one headline per (region, indicator) and returns a deterministic order. */
export function markHeadlines(drafts: readonly Draft[]): Observation[] {
  const groups = new Map<string, Draft[]>();
  for (const d of drafts) {
    const key = `${d.indicator}|${d.kemendagri_code}`;
    const g = groups.get(key) ?? [];
    g.push(d);
    groups.set(key, g);
  }
  const out: Observation[] = [];
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key) ?? [];
    const head = pickHeadline(g);
    for (const d of g) out.push({ ...d, headline: d === head });
  }
  return out;
}
