import { compileScoringSql, type ScoringTables } from '../domain/scoring/compile-sql';
import { requiredColumns, type Scenario } from '../domain/scoring/scenario';
import type { ExclusionReason, ScoredRow } from '../domain/scoring/score-types';
import type { SqlEngine } from './engine';

function parseReason(v: unknown): ExclusionReason | null {
  if (typeof v !== 'string') return null;
  const [kind, n] = v.split(':');
  return kind === 'constraint' ? { kind: 'constraint', index: Number(n) } : { kind: 'missing', criterion: Number(n) };
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

const rawKeys = new WeakMap<SqlEngine, string>();

/**
 * Runs the compiled scoring SQL and returns rows in the oracle's shape. The raw-value table is
 * rebuilt only when its inputs changed since the last run on this engine.
 */
export async function runScoring(
  engine: SqlEngine,
  scenario: Scenario,
  tables?: ScoringTables,
): Promise<{ sql: string; rows: ScoredRow[] }> {
  const { rawSql, rawKey, scoreSql, scoreTemplate, weightParams } = compileScoringSql(scenario, tables);
  if (rawKeys.get(engine) !== rawKey) {
    rawKeys.delete(engine);
    await engine.exec(rawSql);
    rawKeys.set(engine, rawKey);
  }
  // Shown to the user with the weights written out; run as a prepared statement with the
  // weights as parameters (the same query: scoring-agreement.test.ts compares the two).
  const sql = `${rawSql};\n\n${scoreSql};`;
  const result = await engine.queryPrepared(scoreTemplate, weightParams);
  const ncol = requiredColumns(scenario).length;
  const n = scenario.criteria.length;
  const rows = result.map((r) => {
    const excluded = parseReason(r.excluded_by);
    return {
      kemendagri_code: String(r.kemendagri_code),
      bps_code: String(r.bps_code),
      name: String(r.name),
      kemendagri_prov_code: String(r.kemendagri_prov_code),
      raw: Array.from({ length: ncol }, (_, j) => num(r[`c${j}`])),
      excluded,
      score: num(r.score),
      rank: num(r.rank),
      contributions: excluded ? null : Array.from({ length: n }, (_, j) => num(r[`k${j}`]) ?? 0),
    };
  });
  return { sql, rows };
}

/** Forget the cached raw table (after the data tables were reloaded). */
export function invalidateRawCache(engine: SqlEngine): void {
  rawKeys.delete(engine);
}
