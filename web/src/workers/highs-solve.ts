import type { Solve } from '../domain/selection/site-set';

/** The part of highs-js's one-shot API the site set uses (the package's types are much larger). */
export interface HighsLike {
  solve(
    lp: string,
    options?: Record<string, string | number | boolean>,
  ): { Status: string; Columns: Record<string, object> };
}

/**
 * HiGHS as the site set's solver (decision 0010): exact branch-and-cut on the 0–1 programme, no
 * output, a time limit so a hard instance ends with a status instead of hanging the worker.
 */
export function highsSolve(highs: HighsLike, timeLimitS = 20): Solve {
  return (lp) => {
    const r = highs.solve(lp, { output_flag: false, time_limit: timeLimitS, mip_rel_gap: 0 });
    const values: Record<string, number> = {};
    // An infeasible answer's columns carry no primal value.
    for (const [k, v] of Object.entries(r.Columns))
      values[k] = 'Primal' in v && typeof v.Primal === 'number' ? v.Primal : 0;
    return { status: r.Status, values };
  };
}
