import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCandidates, facilitiesFromPoints } from '../domain/scoring/candidates';
import { scoreOracle } from '../domain/scoring/oracle';
import { requiredColumns, resolveWeights, type Scenario } from '../domain/scoring/scenario';
import { inViewScope } from '../domain/scoring/scope';
import { facilities, observationsCsv, regions } from '../engine/embedded-data';
import { BUILT_IN_TABLES, loadTables } from '../engine/load-tables';
import { createNodeEngine } from '../engine/node-engine';
import { type Atlas, createAtlas } from '../store/atlas';
import { memoryAsyncStorage, memoryStorage } from '../store/storage';
import { WORKING_KEY } from '../store/working-draft';
import { until } from '../testing/until';
import { startWorkingDraftAutosave } from './autosave';
import { loadAllData } from './load-data';
import { startScoring } from './scoring';
import { startUserDataMerge } from './user-data';
import { runWorkbench } from './workbench';

// The app's effects in Node: the same slices, the same DuckDB wasm, fake storages, no browser.
const root = resolve(import.meta.dirname, '../../..');
const readDataFile = async (f: string) => readFileSync(resolve(root, 'public/data', f), 'utf8');

const stops: (() => void)[] = [];
afterEach(() => {
  for (const s of stops.splice(0)) s();
});

async function bootAtlas(opts: { withoutMap?: boolean } = {}): Promise<Atlas> {
  const atlas = createAtlas({ storage: memoryStorage(), db: memoryAsyncStorage() });
  stops.push(startUserDataMerge(atlas));
  await Promise.all([atlas.userData.getState().load(), atlas.curation.getState().load()]);
  await loadAllData(atlas, readDataFile);
  stops.push(startScoring(atlas, { createEngine: () => createNodeEngine(), withoutMap: opts.withoutMap ?? true }));
  return atlas;
}

/** Resolves with the first state of the slice that passes `ok` (now or after a change). */

const byCode = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));

function oracleRanks(atlas: Atlas, scenario: Scenario) {
  const d = atlas.data.getState();
  const s = resolveWeights(inViewScope(scenario, atlas.view.getState().view));
  const regions = d.regions?.features.map((f) => f.properties) ?? [];
  const index = d.observations;
  const head = (ind: string, code: string) => index?.headline(ind).get(code)?.value ?? null;
  const facilities = d.points ? facilitiesFromPoints(d.points) : [];
  return scoreOracle(s, buildCandidates(regions, head, facilities, requiredColumns(s)))
    .filter((r) => r.rank !== null)
    .map((r) => [r.kemendagri_code, r.rank])
    .sort(byCode);
}

const sqlRanks = (atlas: Atlas) =>
  (atlas.scoring.getState().result?.rows ?? [])
    .filter((r) => r.rank !== null)
    .map((r) => [r.kemendagri_code, r.rank])
    .sort(byCode);

describe('the scoring effect (Node, real DuckDB)', () => {
  it('waits for the first map frame, then ranks the working scenario as the oracle does', async () => {
    const atlas = await bootAtlas({ withoutMap: false });
    await new Promise((r) => setTimeout(r, 50));
    expect(atlas.scoring.getState().engine).toBe('idle'); // the map has not drawn yet
    atlas.view.getState().setMap(null, true);
    const s = await until(atlas.scoring, (x) => x.result !== null);
    expect(s.engine).toBe('ready');
    expect(s.runner).not.toBeNull();
    const ranked = sqlRanks(atlas);
    expect(ranked.length).toBeGreaterThanOrEqual(12); // Sulawesi Tengah's candidates
    expect(ranked).toEqual(oracleRanks(atlas, s.scenario));
  }, 60_000);

  it('re-scores on a weight change, and the last of two quick changes wins', async () => {
    const atlas = await bootAtlas();
    const first = await until(atlas.scoring, (x) => x.result !== null);
    const seq0 = first.result?.seq ?? 0;
    atlas.scoring.getState().updateCriterion(0, { weight: 0.9 });
    atlas.scoring.getState().updateCriterion(1, { weight: 0.8 });
    const latest = atlas.scoring.getState().scenario;
    const s = await until(
      atlas.scoring,
      (x) => (x.result?.seq ?? 0) > seq0 && x.result?.scenario.criteria[1]?.weight === 0.8,
    );
    await new Promise((r) => setTimeout(r, 50)); // an older run must not land after it
    expect(atlas.scoring.getState().result?.seq).toBe(s.result?.seq);
    expect(sqlRanks(atlas)).toEqual(oracleRanks(atlas, latest));
  }, 60_000);

  it('re-ranks in the new region when the view changes, and drops comparison B', async () => {
    const atlas = await bootAtlas();
    await until(atlas.scoring, (x) => x.result !== null);
    atlas.scoring.setState({ compare: { name: 'B', rows: [] } });
    atlas.view.getState().setView('indonesia', [95, -11, 141, 6]);
    expect(atlas.scoring.getState().compare).toBeNull();
    const s = await until(atlas.scoring, (x) => (x.result?.scenario.scope.provinces.length ?? 1) === 0);
    expect(sqlRanks(atlas).length).toBeGreaterThan(400);
    expect(sqlRanks(atlas)).toEqual(oracleRanks(atlas, s.scenario));
  }, 60_000);

  it('ranks by a typed value once it is entered (user-data sync into DuckDB)', async () => {
    const atlas = await bootAtlas();
    await until(atlas.scoring, (x) => x.result !== null);
    const def = { id: 'user_test_x', label: 'X', unit: 'u', year: '2025', source: 'uji', column: 'x' };
    atlas.curation.getState().createIndicator(def);
    const one: Scenario = {
      ...atlas.scoring.getState().scenario,
      name: 'typed',
      method: 'wlc',
      criteria: [
        { id: 'ind:user_test_x', direction: 'benefit', normalisation: { kind: 'minmax' }, weight: 1, missing: 'worst' },
      ],
      constraints: [],
    };
    const base = {
      indicator: 'user_test_x',
      year: '2025',
      source: 'uji',
      entered_at: '2026-12-02T00:00:00Z',
      replaced: null,
    };
    atlas.curation.getState().set([
      { ...base, kemendagri_code: '72.05', bps_code: '7205', value: 10 },
      { ...base, kemendagri_code: '72.01', bps_code: '7201', value: 5 },
    ]);
    await until(atlas.data, (d) => d.catalog?.indicators.some((i) => i.id === 'user_test_x') ?? false);
    atlas.scoring.getState().setScenario(one);
    const s = await until(atlas.scoring, (x) => x.result?.scenario.name === 'typed');
    const top = s.result?.rows.filter((r) => r.rank === 1).map((r) => r.kemendagri_code);
    expect(top).toEqual(['72.05']);
    expect(s.result?.rows.find((r) => r.kemendagri_code === '72.01')?.raw[0]).toBe(5);
  }, 60_000);

  it('runs workbench SQL through the runner and refuses to change a built-in table', async () => {
    const atlas = await bootAtlas();
    const { runner } = await until(atlas.scoring, (x) => x.runner !== null);
    const ok = await runner?.runSql("SELECT count(*) AS n FROM regions WHERE kemendagri_prov_code = '72'");
    expect(ok?.ok && Number(ok.result.rows[0]?.n)).toBe(13);
    const refused = await runner?.runSql('DELETE FROM observations');
    expect(refused).toMatchObject({ ok: false, kind: 'protected' });
    for (const q of [
      'DELETE FROM "main".observations',
      'DROP TABLE "main"."regions"',
      'EXPLAIN ANALYZE DELETE FROM facilities',
    ])
      expect(await runner?.runSql(q), q).toMatchObject({ ok: false, kind: 'protected' });
  }, 60_000);

  it('a change to a built-in table that gets past the statement check is undone and reported', async () => {
    const e = await createNodeEngine();
    const d = { observationsCsv, regions, facilities };
    await loadTables(e, d);
    const count = async () => Number((await e.query('SELECT count(*) AS n FROM observations'))[0]?.n);
    const n = await count();
    const queue = <T>(job: () => Promise<T>) => job();
    // The check is told nothing is protected: a stand-in for a way round it not yet known.
    const out = await runWorkbench(
      e,
      'DELETE FROM observations',
      BUILT_IN_TABLES,
      queue,
      () => loadTables(e, d),
      () => false,
    );
    expect(out).toMatchObject({ ok: false, kind: 'restored', detail: 'observations' });
    expect(await count()).toBe(n);
  }, 60_000);
});

describe('the working-draft autosave', () => {
  it('writes each change, and nothing while presenting', () => {
    const storage = memoryStorage();
    const atlas = createAtlas({ storage });
    stops.push(startWorkingDraftAutosave(atlas));
    atlas.scoring.getState().setName('FGD Palu');
    expect(JSON.parse(storage.getItem(WORKING_KEY) ?? '{}').scenario.name).toBe('FGD Palu');
    atlas.view.getState().setPresenting(true);
    atlas.scoring.getState().setName('slide 2');
    expect(JSON.parse(storage.getItem(WORKING_KEY) ?? '{}').scenario.name).toBe('FGD Palu');
    // A second atlas on the same storage opens the saved work (a reload).
    expect(createAtlas({ storage }).scoring.getState().scenario.name).toBe('FGD Palu');
  });

  it('keeps two atlases apart (no shared module state)', () => {
    const a = createAtlas();
    const b = createAtlas();
    a.scoring.getState().setTopN(7);
    a.view.getState().setLang('en');
    expect(b.scoring.getState().scenario.top_n).not.toBe(7);
    expect(b.view.getState().lang).toBe('id');
  });
});
