import { dataUrl } from '../data/load-data';
import { applyEdits } from '../domain/curation/merge-edits';
import { userObservations } from '../domain/import/user-dataset';
import { viewById } from '../domain/region-views';
import { facilitiesFromPoints } from '../domain/scoring/candidates';
import { resolveWeights, type Scenario, validateScenario } from '../domain/scoring/scenario';
import type { SqlEngine } from '../engine/engine';
import { useAppStore } from './app-store';
import { useCurationStore } from './curation-store';
import { useDataStore } from './data-store';
import { useScoringStore } from './scoring-store';
import { useUserDataStore } from './user-data';

let engine: SqlEngine | null = null;
let seq = 0;

/** The scenario as run: its scope is the region in view (the region switch drives it). */
export function effectiveScenario(s: Scenario): Scenario {
  const p = viewById(useAppStore.getState().view).provinceCode;
  return { ...s, scope: { provinces: p === null ? [] : [p] } };
}

/**
 * Starts DuckDB once the map has drawn and the data is in, then re-scores on every change of the
 * scenario or region. Results carry a sequence number: a slower, older run never overwrites a
 * newer one. A failed run keeps the previous ranking and reports why.
 */
export function startScoringRunner(): void {
  const tryStart = () => {
    const d = useDataStore.getState();
    const s = useScoringStore.getState();
    if (s.engine !== 'idle' || document.body.dataset.mapReady !== 'true') return;
    // A link may rank an imported or typed indicator: wait until the browser's user data is read.
    if (useUserDataStore.getState().status !== 'ready' || useCurationStore.getState().status !== 'ready') return;
    if (!d.regions || !d.points || !d.catalog) return;
    void startEngine();
  };
  useDataStore.subscribe(tryStart);
  useUserDataStore.subscribe((u, prev) => {
    tryStart();
    if (u.imports !== prev.imports && engine) void syncUserData(prev.imports.map((i) => i.id));
  });
  useCurationStore.subscribe((c, prev) => {
    tryStart();
    if (c.edits !== prev.edits && engine) void syncUserData([]);
  });
  new MutationObserver(tryStart).observe(document.body, { attributes: true, attributeFilter: ['data-map-ready'] });
  useScoringStore.subscribe((s, prev) => {
    if (s.scenario !== prev.scenario) void rescore();
  });
  useAppStore.subscribe((s, prev) => {
    if (s.view === prev.view) return;
    useScoringStore.setState({ compare: null }); // B was ranked in the other region
    void rescore();
  });
}

async function startEngine(): Promise<void> {
  const store = useScoringStore;
  store.setState({ engine: 'loading', engineProgress: 0 });
  try {
    performance.mark('duckdb-start');
    const [{ createBrowserEngine }, { loadTables }] = await Promise.all([
      import('../engine/browser-engine'),
      import('../engine/load-tables'),
    ]);
    const e = await createBrowserEngine((f) => store.setState({ engineProgress: f }));
    performance.mark('duckdb-instantiated');
    const d = useDataStore.getState();
    const res = await fetch(dataUrl('observations.csv'));
    if (!res.ok) throw new Error(`observations.csv: HTTP ${res.status}`);
    await loadTables(e, {
      observationsCsv: await res.text(),
      regions: d.regions?.features.map((f) => f.properties) ?? [],
      facilities: d.points ? facilitiesFromPoints(d.points) : [],
    });
    engine = e;
    // Fresh tables hold no user rows: only sync when this browser has imports or typed values.
    const hasUserData =
      useUserDataStore.getState().imports.length > 0 || Object.keys(useCurationStore.getState().edits).length > 0;
    if (hasUserData) await syncUserData([]);
    performance.mark('duckdb-ready');
    store.setState({ engine: 'ready', engineProgress: 1 });
    void import('../pwa/register-sw').then((m) => m.keepForOffline(e.assetUrls ?? []));
    await rescore();
  } catch (err) {
    store.setState({ engine: 'error', engineError: (err as Error).message });
  }
}

/**
 * Puts the user's imported values into DuckDB (and drops the tables of removed imports), then
 * re-scores: an imported indicator used as a criterion picks up its new values.
 */
async function syncUserData(previousIds: readonly string[]): Promise<void> {
  const e = engine;
  if (!e) return;
  const run = queue.then(async () => {
    const { loadUserTables } = await import('../engine/load-tables');
    const { invalidateRawCache } = await import('../engine/run-scoring');
    const imports = useUserDataStore.getState().imports;
    const ids = new Set(imports.map((i) => i.id));
    // DuckDB gets the same user rows as the merged index: imported values, then typed edits.
    const merged = applyEdits(userObservations(imports), Object.values(useCurationStore.getState().edits));
    await loadUserTables(
      e,
      merged.filter((o) => o.source_id.startsWith('user:') || o.source_id.startsWith('edit:')),
      imports,
      previousIds.filter((id) => !ids.has(id)),
    );
    invalidateRawCache(e);
  });
  queue = run.catch(() => undefined);
  try {
    await run;
    useUserDataStore.setState({ syncError: null });
  } catch (err) {
    // The published data and the ranking stay as they were; the import panel shows why.
    useUserDataStore.setState({ syncError: (err as Error).message });
  }
  await rescore();
}

/** Runs SQL on the loaded engine (benchmarks use it for synthetic tables); null before it is ready. */
export async function queryEngine(sql: string): Promise<Record<string, unknown>[] | null> {
  return engine ? engine.query(sql) : null;
}

/** Rows of a query's Arrow result without converting them (benchmarks); null before ready. */
export async function queryEngineRows(sql: string): Promise<number | null> {
  return engine ? (await engine.queryTable(sql)).numRows : null;
}

/** Runs the current scenario now (also the bench and tests entry point). */
export async function rescore(): Promise<void> {
  if (!engine) return;
  const mySeq = ++seq;
  // One run at a time on the connection (a run may rebuild the raw table another reads);
  // a run superseded while it waited is skipped.
  const run = queue.then(() => (mySeq === seq ? runOnce(mySeq) : undefined));
  queue = run.catch(() => undefined);
  await run;
}

let queue: Promise<void> = Promise.resolve();

/** Ranks scenario B (in the region in view) for a side-by-side comparison with the current one. */
export async function compareWith(b: Scenario): Promise<void> {
  const e = engine;
  if (!e) return;
  const store = useScoringStore;
  const run = queue.then(async () => {
    const v = validateScenario(
      effectiveScenario(b),
      new Set(useDataStore.getState().catalog?.indicators.map((i) => i.id) ?? []),
    );
    if (!v.ok) {
      store.setState({ message: { kind: 'invalid', lines: v.errors.map((er) => `${er.field}: ${er.message}`) } });
      return;
    }
    const { runScoring } = await import('../engine/run-scoring');
    const { rows } = await runScoring(e, resolveWeights(v.scenario));
    store.setState({ compare: { name: b.name, rows } });
  });
  queue = run.catch(() => undefined);
  await run;
}

async function runOnce(mySeq: number): Promise<void> {
  const e = engine;
  if (!e) return;
  const store = useScoringStore;
  const scenario = effectiveScenario(store.getState().scenario);
  const known = new Set(useDataStore.getState().catalog?.indicators.map((i) => i.id) ?? []);
  const v = validateScenario(scenario, known);
  if (!v.ok) {
    store.setState({ message: { kind: 'invalid', lines: v.errors.map((er) => `${er.field}: ${er.message}`) } });
    return;
  }
  const t0 = performance.now();
  try {
    const { runScoring } = await import('../engine/run-scoring');
    const scenarioRun = resolveWeights(v.scenario);
    const { sql, rows } = await runScoring(e, scenarioRun);
    if (mySeq !== seq) return; // a newer run is queued
    if (!rows.some((r) => r.rank !== null)) {
      store.setState({ message: { kind: 'all_excluded', lines: [] } });
      return;
    }
    store.setState({
      result: { seq: mySeq, scenario: scenarioRun, rows, sql, ms: performance.now() - t0 },
      message: null,
    });
  } catch (err) {
    if (mySeq === seq) store.setState({ message: { kind: 'engine', lines: [(err as Error).message] } });
  }
}

export interface WorkbenchResult {
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, unknown>[];
  /** Statements run (all but the last produce no table). */
  readonly statements: number;
  readonly ms: number;
}

export type WorkbenchOutcome =
  | { readonly ok: true; readonly result: WorkbenchResult }
  | {
      readonly ok: false;
      readonly kind: 'not_ready' | 'protected' | 'not_allowed' | 'sql';
      readonly detail: string;
      /** 1-based statement number and the line it starts on. */
      readonly statement: number;
      readonly line: number;
    };

/**
 * Runs the workbench's SQL, statement by statement, on the app's DuckDB. Every statement is
 * checked before any runs: one refused statement means nothing runs.
 */
export async function runWorkbenchSql(sql: string): Promise<WorkbenchOutcome> {
  const e = engine;
  if (!e) return { ok: false, kind: 'not_ready', detail: '', statement: 0, line: 0 };
  const [{ splitStatements, classifyStatement, lineOf }, { BUILT_IN_TABLES }] = await Promise.all([
    import('../domain/sql-guard'),
    import('../engine/load-tables'),
  ]);
  const builtIn = new Set<string>(BUILT_IN_TABLES);
  const isProtected = (n: string) => builtIn.has(n) || n.startsWith('import_');
  const statements = splitStatements(sql);
  for (const [i, st] of statements.entries()) {
    const v = classifyStatement(st.text, isProtected);
    if (!v.ok) return { ok: false, kind: v.reason, detail: v.detail, statement: i + 1, line: lineOf(sql, st.offset) };
  }
  let out: WorkbenchOutcome = { ok: true, result: { columns: [], rows: [], statements: 0, ms: 0 } };
  const run = queue.then(async () => {
    const t0 = performance.now();
    for (const [i, st] of statements.entries()) {
      try {
        if (i < statements.length - 1) await e.exec(st.text);
        else {
          const table = await e.queryTable(st.text);
          const { plainRows } = await import('../engine/engine');
          out = {
            ok: true,
            result: {
              columns: table.schema.fields.map((f) => f.name),
              rows: plainRows(table),
              statements: statements.length,
              ms: performance.now() - t0,
            },
          };
        }
      } catch (err) {
        out = {
          ok: false,
          kind: 'sql',
          detail: (err as Error).message,
          statement: i + 1,
          line: lineOf(sql, st.offset),
        };
        return;
      }
    }
  });
  queue = run.catch(() => undefined);
  await run;
  return out;
}
