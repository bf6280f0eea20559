import type { Catalog, IndicatorInfo, Observation, RegionProps, SourceInfo } from '../dataset-types';

/**
 * What a user imported, as kept in the browser (IndexedDB) and merged into the catalog. The
 * values are never sent anywhere. Indicator ids start with "user_" so they can never collide
 * with, or be mistaken for, a published indicator.
 */
export interface UserIndicatorDef {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  /** The year the user states for the figures ("" = not stated). */
  readonly year: string;
  /** The source the user states (required when importing). */
  readonly source: string;
  /** The file column it came from, or the aggregation ("count", "sum of X"); "grid" when created in the data grid. */
  readonly column: string;
  /** Created in the grid: whether negative values make sense (a balance, a change); default no. */
  readonly allow_negative?: boolean;
}

export interface UserValue {
  readonly kemendagri_code: string;
  readonly bps_code: string;
  readonly indicator: string;
  readonly value: number;
}

export interface UserPoint {
  readonly lon: number;
  readonly lat: number;
  readonly label: string;
  /** The kab/kota the point falls in (Kemendagri code), or "" outside every polygon. */
  readonly located_in: string;
}

export interface UserImport {
  readonly id: string;
  readonly fileName: string;
  readonly importedAt: string;
  readonly kind: 'table' | 'points';
  readonly indicators: readonly UserIndicatorDef[];
  readonly values: readonly UserValue[];
  readonly points: readonly UserPoint[];
  /** The matched table as imported, for the SQL workbench (header + rows of strings). */
  readonly table: { readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };
}

export const USER_PREFIX = 'user_';

export function isUserIndicator(id: string): boolean {
  return id.startsWith(USER_PREFIX);
}

export function userSourceId(importId: string): string {
  return `user:${importId}`;
}

/** A short stable id for an indicator of an import: "user_<import>_<slug of the column>". */
export function userIndicatorId(importId: string, column: string, taken: ReadonlySet<string>): string {
  const slug =
    column
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 32) || 'value';
  let id = `${USER_PREFIX}${importId}_${slug}`;
  for (let n = 2; taken.has(id); n++) id = `${USER_PREFIX}${importId}_${slug}_${n}`;
  return id;
}

const byProvince = (values: readonly UserValue[], indicator: string, regions: ReadonlyMap<string, RegionProps>) => {
  const out: Record<string, number> = {};
  for (const v of values) {
    if (v.indicator !== indicator) continue;
    const p = regions.get(v.kemendagri_code)?.kemendagri_prov_code;
    if (p) out[p] = (out[p] ?? 0) + 1;
  }
  return out;
};

/** Catalog entries for the imports, marked as user data in both languages. */
export function userIndicatorInfos(
  imports: readonly UserImport[],
  regions: ReadonlyMap<string, RegionProps>,
): { indicators: IndicatorInfo[]; sources: SourceInfo[] } {
  const indicators: IndicatorInfo[] = [];
  const sources: SourceInfo[] = [];
  for (const imp of imports) {
    const date = imp.importedAt.slice(0, 10);
    for (const def of imp.indicators) {
      const n = imp.values.filter((v) => v.indicator === def.id).length;
      const sid = `${userSourceId(imp.id)}:${def.id}`;
      sources.push({ id: sid, citation: `${def.source} — impor pengguna / user import: ${imp.fileName}, ${date}` });
      indicators.push({
        id: def.id,
        group: 'user',
        label: { id: def.label, en: def.label },
        unit: { id: def.unit, en: def.unit },
        description: {
          id: `Data impor pengguna: kolom "${def.column}" dari ${imp.fileName}, ${date}. Sumber menurut pengguna: ${def.source}.`,
          en: `User-imported data: column "${def.column}" of ${imp.fileName}, ${date}. Source as stated by the user: ${def.source}.`,
        },
        caveat: {
          id: 'Angka impor pengguna, bukan data terbitan resmi Sentra Atlas.',
          en: 'Figures imported by the user, not published data shipped with Sentra Atlas.',
        },
        coverage: { regions: n, total: regions.size, by_province: byProvince(imp.values, def.id, regions) },
        years: def.year === '' ? [] : [def.year],
        source_ids: [sid],
      });
    }
  }
  return { indicators, sources };
}

/** Observations (headline values) for the imports, in the same shape as observations.csv. */
export function userObservations(imports: readonly UserImport[]): Observation[] {
  return imports.flatMap((imp) =>
    imp.values.map((v) => {
      const def = imp.indicators.find((d) => d.id === v.indicator);
      return {
        kemendagri_code: v.kemendagri_code,
        bps_code: v.bps_code,
        indicator: v.indicator,
        value: v.value,
        year: def?.year ?? '',
        source_id: `${userSourceId(imp.id)}:${v.indicator}`,
        note: `user import: ${imp.fileName}`,
        headline: true,
      };
    }),
  );
}

/** The published catalog plus the user's indicators and sources. */
export function mergeCatalog(
  published: Catalog,
  imports: readonly UserImport[],
  regions: ReadonlyMap<string, RegionProps>,
): Catalog {
  if (imports.length === 0) return published;
  const user = userIndicatorInfos(imports, regions);
  return {
    ...published,
    indicators: [...published.indicators, ...user.indicators],
    sources: [...published.sources, ...user.sources],
  };
}
