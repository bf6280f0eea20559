import { deriveUserData } from '../domain/curation/derive-user-data';
import { facilitiesFromPoints } from '../domain/scoring/candidates';
import { resolveWeights, type Scenario, validateScenario } from '../domain/scoring/scenario';
import { inViewScope } from '../domain/scoring/scope';
import type { ObjectiveRefusal } from '../domain/weighting/objective';
import type { SqlEngine } from '../engine/engine';
import { BUILT_IN_TABLES, loadTables, loadUserTables } from '../engine/load-tables';
import { objectiveWeightsFor, resolveObjectiveWeights } from '../engine/objective-weights';
import { invalidateRawCache, runScoring } from '../engine/run-scoring';
import { translate } from '../i18n/messages';
import { OBJECTIVE_REFUSAL } from '../i18n/objective-refusal';
import { fieldErrorText } from '../i18n/validation-text';
import type { Atlas } from '../store/atlas';
import type { ScoringRunner, WorkbenchOutcome } from '../store/scoring-slice';
import { runWorkbench } from './workbench';

export interface ScoringDeps {
  /** Makes the engine (the browser's worker, or the Node engine in tests), reporting progress 0–1. */
  readonly createEngine: (onProgress: (f: number) => void) => Promise<SqlEngine>;
  /** Called once the engine is ready (the browser keeps DuckDB's files for offline use). */
  readonly onReady?: (engine: SqlEngine) => void;
  /** Start without waiting for the first map frame (Node tests have no map). */
  readonly withoutMap?: boolean;
}

const mark = (name: string) => globalThis.performance?.mark(name);
const now = () => globalThis.performance?.now() ?? Date.now();

/** The scenario as run: its scope is the region in view (the region switch drives it). */
const effectiveScenario = (atlas: Atlas, s: Scenario) => inViewScope(s, atlas.view.getState().view);

/**
 * Starts DuckDB once the map has drawn and the data is in, then re-scores on every change of the
 * scenario or region, and keeps the user's rows in DuckDB in step with the imports and edits.
 * Results carry a sequence number: a slower, older run never overwrites a newer one. A failed run
 * keeps the previous ranking and reports why. Returns stop.
 */
export function startScoring(atlas: Atlas, deps: ScoringDeps): () => void {
  let engine: SqlEngine | null = null;
  let seq = 0;
  let stopped = false;
  // One run at a time on the connection (a run may rebuild the raw table another reads).
  let queue: Promise<void> = Promise.resolve();
  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job);
    queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
  const knownIndicators = () => new Set(atlas.data.getState().catalog?.indicators.map((i) => i.id) ?? []);
  const refusal = (r: ObjectiveRefusal) => translate(atlas.view.getState().lang, OBJECTIVE_REFUSAL[r]);
  const invalid = (lines: readonly string[]) => atlas.scoring.setState({ message: { kind: 'invalid', lines } });

  const runOnce = async (mySeq: number) => {
    const e = engine;
    if (!e) return;
    const v = validateScenario(effectiveScenario(atlas, atlas.scoring.getState().scenario), knownIndicators());
    if (!v.ok) return invalid(v.errors.map((er) => fieldErrorText(er, atlas.view.getState().lang)));
    const t0 = now();
    try {
      const resolved = await resolveObjectiveWeights(e, resolveWeights(v.scenario));
      if (!resolved.ok) return invalid([refusal(resolved.reason)]);
      const scenarioRun = resolved.scenario;
      const { sql, rows } = await runScoring(e, scenarioRun);
      if (mySeq !== seq || stopped) return; // a newer run is queued
      if (!rows.some((r) => r.rank !== null)) {
        atlas.scoring.setState({ message: { kind: 'all_excluded', lines: [] } });
        return;
      }
      atlas.scoring.setState({
        result: { seq: mySeq, scenario: scenarioRun, rows, sql, ms: now() - t0 },
        message: null,
      });
    } catch (err) {
      if (mySeq === seq) atlas.scoring.setState({ message: { kind: 'engine', lines: [(err as Error).message] } });
    }
  };

  const rescore = async () => {
    if (!engine) return;
    const mySeq = ++seq;
    // A run superseded while it waited is skipped.
    await enqueue(() => (mySeq === seq ? runOnce(mySeq) : Promise.resolve()));
  };

  /** Puts the user's rows into DuckDB (and drops the tables of removed imports), then re-scores. */
  const syncUserData = async (previousIds: readonly string[]) => {
    const e = engine;
    if (!e) return;
    try {
      await enqueue(async () => {
        const imports = atlas.userData.getState().imports;
        const ids = new Set(imports.map((i) => i.id));
        const edits = Object.values(atlas.curation.getState().edits);
        await loadUserTables(
          e,
          deriveUserData(imports, edits),
          imports,
          previousIds.filter((id) => !ids.has(id)),
        );
        invalidateRawCache(e);
      });
      atlas.userData.setState({ syncError: null });
    } catch (err) {
      // The published data and the ranking stay as they were; the import panel shows why.
      atlas.userData.setState({ syncError: (err as Error).message });
    }
    await rescore();
  };

  const compareWith = async (b: Scenario) => {
    const e = engine;
    if (!e) return;
    await enqueue(async () => {
      const v = validateScenario(effectiveScenario(atlas, b), knownIndicators());
      if (!v.ok) return invalid(v.errors.map((er) => fieldErrorText(er, atlas.view.getState().lang)));
      const resolved = await resolveObjectiveWeights(e, resolveWeights(v.scenario));
      if (!resolved.ok) return invalid([refusal(resolved.reason)]);
      const { rows } = await runScoring(e, resolved.scenario);
      atlas.scoring.setState({ compare: { name: b.name, rows } });
    });
  };

  const runner = (e: SqlEngine): ScoringRunner => ({
    rescore,
    compareWith,
    objectiveWeights: (s) =>
      enqueue(async () => {
        const v = validateScenario(effectiveScenario(atlas, s), knownIndicators());
        return v.ok ? objectiveWeightsFor(e, v.scenario) : null;
      }),
    runSql: async (sql): Promise<WorkbenchOutcome> => {
      const out = await runWorkbench(e, sql, BUILT_IN_TABLES, enqueue, () => reloadTables(e));
      if (!out.ok && out.kind === 'restored') await rescore();
      return out;
    },
    query: (sql) => enqueue(() => e.query(sql)),
    queryRows: async (sql) => (await enqueue(() => e.queryTable(sql))).numRows,
  });

  /** The built-in and user tables rebuilt from the loaded data (directly: called inside a queued job). */
  const reloadTables = async (e: SqlEngine) => {
    const d = atlas.data.getState();
    await loadTables(e, {
      observationsCsv: d.observationsCsv ?? '',
      regions: d.regions?.features.map((f) => f.properties) ?? [],
      facilities: d.points ? facilitiesFromPoints(d.points) : [],
    });
    const imports = atlas.userData.getState().imports;
    await loadUserTables(e, deriveUserData(imports, Object.values(atlas.curation.getState().edits)), imports, []);
    invalidateRawCache(e);
  };

  const startEngine = async () => {
    atlas.scoring.setState({ engine: 'loading', engineProgress: 0 });
    try {
      mark('duckdb-start');
      const e = await deps.createEngine((f) => atlas.scoring.setState({ engineProgress: f }));
      mark('duckdb-instantiated');
      const d = atlas.data.getState();
      await loadTables(e, {
        observationsCsv: d.observationsCsv ?? '',
        regions: d.regions?.features.map((f) => f.properties) ?? [],
        facilities: d.points ? facilitiesFromPoints(d.points) : [],
      });
      if (stopped) return;
      engine = e;
      // Fresh tables hold no user rows: only sync when this browser has imports or typed values.
      const hasUserData =
        atlas.userData.getState().imports.length > 0 || Object.keys(atlas.curation.getState().edits).length > 0;
      if (hasUserData) await syncUserData([]);
      mark('duckdb-ready');
      atlas.scoring.setState({ engine: 'ready', engineProgress: 1, runner: runner(e) });
      deps.onReady?.(e);
      await rescore();
    } catch (err) {
      atlas.scoring.setState({ engine: 'error', engineError: (err as Error).message });
    }
  };

  const tryStart = () => {
    const d = atlas.data.getState();
    if (stopped || atlas.scoring.getState().engine !== 'idle') return;
    if (!deps.withoutMap && !atlas.view.getState().mapReady) return;
    // A link may rank an imported or typed indicator: wait until the browser's user data is read.
    if (atlas.userData.getState().status !== 'ready' || atlas.curation.getState().status !== 'ready') return;
    if (!d.regions || !d.points || !d.catalog || d.observationsCsv === null) return;
    void startEngine();
  };

  const stops = [
    atlas.data.subscribe(tryStart),
    atlas.view.subscribe((s, prev) => {
      tryStart();
      if (s.view === prev.view) return;
      atlas.scoring.setState({ compare: null }); // B was ranked in the other region
      void rescore();
    }),
    atlas.userData.subscribe((u, prev) => {
      tryStart();
      if (u.imports !== prev.imports && engine) void syncUserData(prev.imports.map((i) => i.id));
    }),
    atlas.curation.subscribe((c, prev) => {
      tryStart();
      if (c.edits !== prev.edits && engine) void syncUserData([]);
    }),
    atlas.scoring.subscribe((s, prev) => {
      if (s.scenario !== prev.scenario) void rescore();
    }),
  ];
  tryStart();
  return () => {
    stopped = true;
    for (const s of stops) s();
  };
}
