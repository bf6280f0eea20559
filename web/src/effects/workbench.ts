import { classifyStatement, lineOf, splitStatements } from '../domain/sql-guard';
import { plainRows, type SqlEngine } from '../engine/engine';
import type { WorkbenchOutcome } from '../store/scoring-slice';

const now = () => globalThis.performance?.now() ?? Date.now();

/**
 * Runs the workbench's SQL, statement by statement, on the app's DuckDB. Every statement is
 * checked before any runs: one refused statement means nothing runs. The built-in tables and
 * the import tables are read-only to it.
 */
export async function runWorkbench(
  e: SqlEngine,
  sql: string,
  builtInTables: readonly string[],
  enqueue: <T>(job: () => Promise<T>) => Promise<T>,
  restore: () => Promise<void> = async () => {},
  /** The statement check's view of what is protected (tests pass a weaker one to model a way round it). */
  checkAs?: (name: string) => boolean,
): Promise<WorkbenchOutcome> {
  const builtIn = new Set<string>(builtInTables);
  const isProtected = (n: string) => builtIn.has(n) || n.startsWith('import_');
  const statements = splitStatements(sql);
  for (const [i, st] of statements.entries()) {
    const v = classifyStatement(st.text, checkAs ?? isProtected);
    if (!v.ok) return { ok: false, kind: v.reason, detail: v.detail, statement: i + 1, line: lineOf(sql, st.offset) };
  }
  return enqueue(async (): Promise<WorkbenchOutcome> => {
    // A second line behind the statement check: a batch that changed a protected table anyway
    // (a way round the check not yet known) is undone at once and reported. `restore` runs
    // inside this queued job, so it must call the engine directly, never through the queue.
    const before = await fingerprint(e, isProtected);
    const outcome = await runAll();
    const after = await fingerprint(e, isProtected);
    const changed = [...before.keys()].filter((k) => after.get(k) !== before.get(k));
    if (changed.length === 0) return outcome;
    await restore();
    return { ok: false, kind: 'restored', detail: changed.join(', '), statement: statements.length, line: 1 };
  });

  async function runAll(): Promise<WorkbenchOutcome> {
    const t0 = now();
    let out: WorkbenchOutcome = { ok: true, result: { columns: [], rows: [], statements: 0, ms: 0 } };
    for (const [i, st] of statements.entries()) {
      try {
        if (i < statements.length - 1) await e.exec(st.text);
        else {
          const table = await e.queryTable(st.text);
          out = {
            ok: true,
            result: {
              columns: table.schema.fields.map((f) => f.name),
              rows: plainRows(table),
              statements: statements.length,
              ms: now() - t0,
            },
          };
        }
      } catch (err) {
        return {
          ok: false,
          kind: 'sql',
          detail: (err as Error).message,
          statement: i + 1,
          line: lineOf(sql, st.offset),
        };
      }
    }
    return out;
  }
}

/** Row count and a hash of every row of each protected table; a dropped table reads as "gone". */
async function fingerprint(e: SqlEngine, isProtected: (n: string) => boolean): Promise<Map<string, string>> {
  const names = (await e.query("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'"))
    .map((r) => String(r.table_name))
    .filter(isProtected);
  const out = new Map<string, string>();
  for (const n of names) {
    const [r] = await e.query(
      `SELECT count(*)::VARCHAR AS n, coalesce(sum(hash(t)), 0)::VARCHAR AS h FROM "${n.replace(/"/g, '""')}" t`,
    );
    out.set(n, `${r?.n}:${r?.h}`);
  }
  return out;
}
