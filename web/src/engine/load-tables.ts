import { csvField } from '../domain/csv-field';
import { OBSERVATION_COLUMNS, type Observation, type RegionProps } from '../domain/dataset-types';
import type { Facility } from '../domain/scoring/candidates';
import { quoteIdent, quoteLiteral } from '../domain/scoring/sql-quote';
import { enginePath, type SqlEngine } from './engine';

/** CSV of the kab/kota attributes the scoring needs (both codes, kind, province, inside point). */
export function regionsCsv(regions: readonly RegionProps[]): string {
  const lines = ['kemendagri_code,bps_code,name,kind,kemendagri_prov_code,label_lon,label_lat'];
  for (const r of regions) {
    lines.push(
      [
        csvField(r.kemendagri_code),
        csvField(r.bps_code),
        csvField(r.name),
        r.kind,
        csvField(r.kemendagri_prov_code),
        r.label_lon,
        r.label_lat,
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

export function facilitiesCsv(facilities: readonly Facility[]): string {
  return `kind,lon,lat,tag,rank,operating\n${facilities.map((f) => `${f.kind},${f.lon},${f.lat},${csvField(f.tag)},${f.rank ?? ''},${f.operating === true}`).join('\n')}\n`;
}

/**
 * Loads the three tables every scoring query reads. Codes are VARCHAR (never numbers: "72.10"
 * would become 72.1); column types are explicit so no sniffing can change them.
 */
export async function loadTables(
  engine: SqlEngine,
  sources: { observationsCsv: string; regions: readonly RegionProps[]; facilities: readonly Facility[] },
): Promise<void> {
  await engine.registerText('observations.csv', sources.observationsCsv);
  await engine.registerText('regions.csv', regionsCsv(sources.regions));
  await engine.registerText('facilities.csv', facilitiesCsv(sources.facilities));
  await engine.exec(`
CREATE OR REPLACE TABLE observations AS SELECT * REPLACE (headline = 1 AS headline), headline = 1 AS published_headline FROM read_csv('${enginePath('observations.csv')}', header = true,
  columns = {'kemendagri_code': 'VARCHAR', 'bps_code': 'VARCHAR', 'indicator': 'VARCHAR', 'value': 'DOUBLE', 'year': 'VARCHAR', 'source_id': 'VARCHAR', 'note': 'VARCHAR', 'headline': 'INTEGER'});
CREATE OR REPLACE TABLE regions AS SELECT * FROM read_csv('${enginePath('regions.csv')}', header = true,
  columns = {'kemendagri_code': 'VARCHAR', 'bps_code': 'VARCHAR', 'name': 'VARCHAR', 'kind': 'VARCHAR', 'kemendagri_prov_code': 'VARCHAR', 'label_lon': 'DOUBLE', 'label_lat': 'DOUBLE'});
CREATE OR REPLACE TABLE facilities AS SELECT * FROM read_csv('${enginePath('facilities.csv')}', header = true,
  columns = {'kind': 'VARCHAR', 'lon': 'DOUBLE', 'lat': 'DOUBLE', 'tag': 'VARCHAR', 'rank': 'INTEGER', 'operating': 'BOOLEAN'});
CREATE INDEX IF NOT EXISTS obs_lookup ON observations (indicator, kemendagri_code);`);
}

/** Tables the app owns: the SQL workbench may read them but never change or drop them. */
export const BUILT_IN_TABLES = ['observations', 'regions', 'facilities', 'scoring_raw'] as const;

/** The workbench name of an import's table: "import_<id>". */
export function importTableName(importId: string): string {
  return `import_${importId.replace(/[^a-z0-9_]/gi, '_')}`;
}

/**
 * Replaces the user's rows in `observations` — imported values (source ids "user:…") and typed
 * edits ("edit:…") — and re-creates one table per import for the workbench. An edited kab/kota's
 * other rows stop being the headline (restored from `published_headline` when the edit goes).
 * Codes stay VARCHAR; other columns of import tables are typed by DuckDB's detection.
 */
export async function loadUserTables(
  engine: SqlEngine,
  observations: readonly Observation[],
  imports: readonly {
    readonly id: string;
    readonly table: { readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };
  }[],
  dropped: readonly string[],
): Promise<void> {
  const csv = [
    OBSERVATION_COLUMNS.join(','),
    ...observations.map((o) =>
      OBSERVATION_COLUMNS.map((c) => csvField(c === 'headline' ? (o.headline ? 1 : 0) : o[c])).join(','),
    ),
  ].join('\n');
  await engine.registerText('user-observations.csv', `${csv}\n`);
  const statements = [
    `UPDATE observations SET headline = published_headline WHERE headline <> published_headline;`,
    `DELETE FROM observations WHERE source_id LIKE 'user:%' OR source_id LIKE 'edit:%';`,
    `INSERT INTO observations SELECT * REPLACE (headline = 1 AS headline), headline = 1 AS published_headline FROM read_csv('${enginePath('user-observations.csv')}', header = true,
  columns = {'kemendagri_code': 'VARCHAR', 'bps_code': 'VARCHAR', 'indicator': 'VARCHAR', 'value': 'DOUBLE', 'year': 'VARCHAR', 'source_id': 'VARCHAR', 'note': 'VARCHAR', 'headline': 'INTEGER'});`,
    `UPDATE observations SET headline = false WHERE headline AND source_id NOT LIKE 'edit:%'
  AND (indicator, kemendagri_code) IN (SELECT indicator, kemendagri_code FROM observations WHERE source_id LIKE 'edit:%');`,
    ...dropped.map((id) => `DROP TABLE IF EXISTS ${quoteIdent(importTableName(id))};`),
  ];
  for (const imp of imports) {
    const file = `${importTableName(imp.id)}.csv`;
    const text = [imp.table.header, ...imp.table.rows].map((r) => r.map(csvField).join(',')).join('\n');
    await engine.registerText(file, `${text}\n`);
    statements.push(
      `CREATE OR REPLACE TABLE ${quoteIdent(importTableName(imp.id))} AS SELECT * FROM read_csv(${quoteLiteral(enginePath(file))}, header = true, delim = ',', quote = '"', types = {'kemendagri_code': 'VARCHAR', 'bps_code': 'VARCHAR'});`,
    );
  }
  await engine.exec(statements.join('\n'));
}
