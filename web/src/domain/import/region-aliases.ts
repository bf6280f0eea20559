import { csvParse } from 'd3-dsv';
import type { RegionAlias } from './region-matcher';

/** Parses public/data/region-aliases.csv (built by `npm run data` from the crosswalk). */
export function parseRegionAliases(text: string): RegionAlias[] {
  const rows = csvParse(text);
  for (const c of ['kemendagri_code', 'alias', 'source'])
    if (!rows.columns.includes(c)) throw new Error(`region-aliases.csv: missing column ${c}`);
  return rows.map((r) => ({ kemendagri_code: r.kemendagri_code ?? '', alias: r.alias ?? '', source: r.source ?? '' }));
}
