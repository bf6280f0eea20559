import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createObservationIndex } from '../data/observation-index';
import { parseObservations } from '../data/parse-files';
import { applyEdits } from '../domain/curation/merge-edits';
import { buildTableImport } from '../domain/import/build-import';
import { readImportFile } from '../domain/import/read-file';
import { createRegionMatcher, matchColumn } from '../domain/import/region-matcher';
import { userObservations } from '../domain/import/user-dataset';
import { buildCandidates } from '../domain/scoring/candidates';
import { scoreOracle } from '../domain/scoring/oracle';
import { requiredColumns, type Scenario, validateScenario } from '../domain/scoring/scenario';
import { aliases, fixture, regions, regionsByCode } from '../testing/test-data';
import type { SqlEngine } from './engine';
import { BUILT_IN_TABLES, importTableName, loadTables, loadUserTables } from './load-tables';
import { createNodeEngine } from './node-engine';
import { runScoring } from './run-scoring';

const root = resolve(import.meta.dirname, '../../..');
const observationsCsv = readFileSync(resolve(root, 'public/data/observations.csv'), 'utf8');

/** A Central Sulawesi scenario ranking by one benefit criterion (min–max, missing = worst). */
const oneCriterion = (name: string, id: string): Scenario => ({
  version: 1,
  name,
  scope: { provinces: ['72'] },
  method: 'wlc',
  criteria: [{ id, direction: 'benefit', normalisation: { kind: 'minmax' }, weight: 1, missing: 'worst' }],
  constraints: [],
  top_n: 3,
});

let engine: SqlEngine;
let imp: Awaited<ReturnType<typeof buildTableImport>>['import'];
beforeAll(async () => {
  engine = await createNodeEngine();
  await loadTables(engine, { observationsCsv, regions, facilities: [] });
  const r = await readImportFile('b.csv', new Uint8Array(fixture('sulteng-bps-codes.csv')).buffer as ArrayBuffer);
  const matcher = createRegionMatcher(regions, aliases);
  const report = matchColumn(
    matcher,
    r.table.rows.map((row) => row[0] ?? ''),
  );
  imp = buildTableImport({
    id: 'abc',
    fileName: 'b.csv',
    importedAt: '2026-11-22T10:00:00Z',
    table: r.table,
    report,
    columns: [
      {
        index: 2,
        style: 'en',
        def: { id: 'user_abc_pop', label: 'Pop', unit: 'jiwa', year: '2024', source: 'uji', column: 'penduduk_2024' },
      },
    ],
    regions: regionsByCode,
  }).import;
  await loadUserTables(engine, userObservations([imp]), [imp], []);
}, 60_000);

describe('imported values in DuckDB', () => {
  it('scores an imported indicator the same in SQL and in the oracle', async () => {
    const s = oneCriterion('imported', 'ind:user_abc_pop');
    const v = validateScenario(s, new Set(['user_abc_pop']));
    expect(v.ok, JSON.stringify(v)).toBe(true);
    if (!v.ok) return;
    const index = createObservationIndex([
      ...parseObservations('observations.csv', observationsCsv),
      ...userObservations([imp]),
    ]);
    const head = (ind: string, code: string) => index.headline(ind).get(code)?.value ?? null;
    const ts = scoreOracle(s, buildCandidates(regions, head, [], requiredColumns(s)));
    const { rows } = await runScoring(engine, s);
    const top = (list: typeof rows) => list.filter((r) => r.rank === 1).map((r) => r.kemendagri_code);
    expect(top(rows)).toEqual(['72.08']); // Parigi Moutong, the most populous
    expect(top(ts)).toEqual(['72.08']);
    for (const t of ts)
      expect(rows.find((q) => q.kemendagri_code === t.kemendagri_code)?.score).toBeCloseTo(t.score ?? Number.NaN, 9);
  });
  it('keeps the codes as text in the workbench table and removes the values again', async () => {
    const rows = await engine.query(
      `SELECT kemendagri_code, bps_code FROM ${importTableName('abc')} ORDER BY 1 LIMIT 1`,
    );
    expect(rows[0]).toEqual({ kemendagri_code: '72.01', bps_code: '7202' });
    await loadUserTables(engine, [], [], ['abc']);
    const left = await engine.query(`SELECT count(*)::INT AS n FROM observations WHERE indicator LIKE 'user_%'`);
    expect(left[0]?.n).toBe(0);
    const tables = await engine.query(`SELECT table_name FROM information_schema.tables`);
    expect(tables.map((t) => t.table_name)).not.toContain(importTableName('abc'));
    expect(BUILT_IN_TABLES).toContain('observations');
  });
  it('an edit replaces the headline in SQL as in the oracle, and reverting restores the published value', async () => {
    const published = parseObservations('observations.csv', observationsCsv);
    const banggai = published.find(
      (o) => o.indicator === 'kelapa_production' && o.kemendagri_code === '72.01' && o.headline,
    );
    expect(banggai).toBeDefined();
    const edit = {
      indicator: 'kelapa_production',
      kemendagri_code: '72.01',
      bps_code: '7202',
      value: 1,
      year: '2025',
      source: 'FGD uji',
      entered_at: '2026-11-22T10:00:00Z',
      replaced: { value: banggai?.value ?? 0, year: banggai?.year ?? '', source_id: banggai?.source_id ?? '' },
    };
    const merged = applyEdits(published, [edit]);
    await loadUserTables(
      engine,
      merged.filter((o) => o.source_id.startsWith('edit:')),
      [],
      [],
    );
    const head = async () =>
      (await engine.query(
        "SELECT value, source_id FROM observations WHERE headline AND indicator = 'kelapa_production' AND kemendagri_code = '72.01'",
      )) as { value: number; source_id: string }[];
    expect(await head()).toEqual([{ value: 1, source_id: 'edit:kelapa_production:72.01' }]);
    const s = oneCriterion('edit', 'ind:kelapa_production');
    const index = createObservationIndex(merged);
    const ts = scoreOracle(
      s,
      buildCandidates(regions, (i, c) => index.headline(i).get(c)?.value ?? null, [], requiredColumns(s)),
    );
    const { rows } = await runScoring(engine, s);
    for (const t of ts) {
      const q = rows.find((r) => r.kemendagri_code === t.kemendagri_code);
      expect(q?.rank).toBe(t.rank);
      expect(q?.raw).toEqual(t.raw);
    }
    expect(rows.find((r) => r.kemendagri_code === '72.01')?.raw[0]).toBe(1);
    await loadUserTables(engine, [], [], []);
    expect(await head()).toEqual([{ value: banggai?.value, source_id: banggai?.source_id }]);
  });
});
