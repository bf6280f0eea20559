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
): Promise<WorkbenchOutcome> {
  const builtIn = new Set<string>(builtInTables);
  const isProtected = (n: string) => builtIn.has(n) || n.startsWith('import_');
  const statements = splitStatements(sql);
  for (const [i, st] of statements.entries()) {
    const v = classifyStatement(st.text, isProtected);
    if (!v.ok) return { ok: false, kind: v.reason, detail: v.detail, statement: i + 1, line: lineOf(sql, st.offset) };
  }
  return enqueue(async (): Promise<WorkbenchOutcome> => {
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
  });
}
