import { SENSITIVITY, type Uncertainty, type UncertaintyRequest } from '../domain/decision/uncertainty';
import { rankingMatrix } from '../domain/scoring/ranking-matrix';
import type { Atlas } from '../store/atlas';

export interface UncertaintyDeps {
  /** In a worker in the browser; in-process in Node tests. */
  readonly run: (req: UncertaintyRequest) => Promise<Uncertainty>;
}

const now = () => globalThis.performance?.now() ?? Date.now();

/**
 * Each new ranking's stability and rank ranges: the matrix is read off the ranking's own raw
 * values (the SQL's, equal to the oracle's by the agreement tests) and the draws run elsewhere.
 * An answer for an older ranking never lands over a newer one. Returns stop.
 */
export function startUncertainty(atlas: Atlas, deps: UncertaintyDeps): () => void {
  let latest = 0;
  const run = async () => {
    const { result } = atlas.scoring.getState();
    if (!result) return;
    const regions = atlas.data.getState().regions?.features.map((f) => f.properties) ?? [];
    const matrix = rankingMatrix(result.scenario, result.rows, regions);
    const mine = ++latest;
    if (matrix.codes.length === 0) {
      atlas.scoring.setState({ uncertainty: null });
      return;
    }
    const t0 = now();
    try {
      const value = await deps.run({
        matrix,
        weights: result.scenario.criteria.map((c) => c.weight),
        opts: SENSITIVITY,
      });
      if (mine === latest) atlas.scoring.setState({ uncertainty: { forSeq: result.seq, value, ms: now() - t0 } });
    } catch {
      if (mine === latest) atlas.scoring.setState({ uncertainty: null });
    }
  };
  void run();
  return atlas.scoring.subscribe((s, prev) => {
    if (s.result !== prev.result) void run();
  });
}
