import { csvObjects } from '../csv-objects';
import type { RegionAlias } from './region-matcher';

/** Parses public/data/region-aliases.csv (built by `npm run data` from the crosswalk). */
export function parseRegionAliases(text: string): RegionAlias[] {
  const { columns, rows } = csvObjects(text);
  for (const c of ['kemendagri_code', 'alias', 'source'])
    if (!columns.includes(c)) throw new Error(`region-aliases.csv: missing column ${c}`);
  return rows.map((r) => ({ kemendagri_code: r.kemendagri_code ?? '', alias: r.alias ?? '', source: r.source ?? '' }));
}
