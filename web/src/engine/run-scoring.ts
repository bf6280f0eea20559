import { compileScoringSql } from '../domain/scoring/compile-sql';
import { requiredColumns, type Scenario } from '../domain/scoring/scenario';
import type { ExclusionReason, ScoredRow } from '../domain/scoring/score-types';
import type { SqlEngine } from './engine';

function parseReason(v: unknown): ExclusionReason | null {
  if (typeof v !== 'string') return null;
  const [kind, n] = v.split(':');
  return kind === 'constraint' ? { kind: 'constraint', index: Number(n) } : { kind: 'missing', criterion: Number(n) };
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Runs the compiled scoring SQL and returns rows in the oracle's shape. */
export async function runScoring(engine: SqlEngine, scenario: Scenario): Promise<{ sql: string; rows: ScoredRow[] }> {
  const sql = compileScoringSql(scenario);
  const result = await engine.query(sql);
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
