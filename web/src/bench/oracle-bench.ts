import { buildCandidates, facilitiesFromPoints } from '../domain/scoring/candidates';
import { scoreOracle } from '../domain/scoring/oracle';
import { requiredColumns, resolveWeights } from '../domain/scoring/scenario';
import { inViewScope } from '../domain/scoring/scope';
import type { Atlas } from '../store/atlas';

/**
 * Benchmark body (loaded only by `npm run bench`): the TypeScript oracle alone ranking the
 * working scenario on the same candidate rows DuckDB ranks, `runs` batches. Returns each batch's mean ms per ranking.
 */
export function runOracleBench(atlas: Atlas, runs: number): number[] {
  const d = atlas.data.getState();
  const s = resolveWeights(inViewScope(atlas.scoring.getState().scenario, atlas.view.getState().view));
  const regions = d.regions?.features.map((f) => f.properties) ?? [];
  const head = (ind: string, code: string) => d.observations?.headline(ind).get(code)?.value ?? null;
  const rows = buildCandidates(regions, head, d.points ? facilitiesFromPoints(d.points) : [], requiredColumns(s));
  const out: number[] = [];
  // A run takes well under the browser's timer resolution: each figure is the mean of a batch.
  const BATCH = 20;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (let k = 0; k < BATCH; k++) {
      const ranked = scoreOracle(s, rows);
      if (!ranked.some((r) => r.rank !== null)) throw new Error('oracle bench ranked nothing');
    }
    out.push((performance.now() - t0) / BATCH);
  }
  return out;
}
