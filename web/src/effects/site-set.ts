import type { ScoringMatrix } from '../domain/scoring/oracle';
import { rankingMatrix } from '../domain/scoring/ranking-matrix';
import type { SetMembership } from '../domain/selection/set-membership';
import { siteCandidates, siteSetParams } from '../domain/selection/site-candidates';
import type { SiteCandidate, SiteSetOutcome, SiteSetParams } from '../domain/selection/site-set';
import type { Atlas } from '../store/atlas';

export interface SiteSetDeps {
  /** The exact solver (HiGHS in a worker in the browser; HiGHS in-process in Node tests and the CLI). */
  readonly solve: (candidates: readonly SiteCandidate[], params: SiteSetParams) => Promise<SiteSetOutcome>;
  /** P(in the chosen set) over the combined draws (optional: the answer stands without it). */
  readonly membership?: (
    matrix: ScoringMatrix,
    weights: readonly number[],
    candidates: readonly SiteCandidate[],
    params: SiteSetParams,
  ) => Promise<SetMembership | null>;
}

const now = () => globalThis.performance?.now() ?? Date.now();

/**
 * "Pilih N lokasi": each new ranking whose scenario asks for a site set is handed to the solver;
 * the answer lands in `scoring.siteSet` with the ranking's seq, so a slower answer for an older
 * ranking never overwrites a newer one. The previous answer stays on screen while solving.
 * Returns stop.
 */
export function startSiteSet(atlas: Atlas, deps: SiteSetDeps): () => void {
  let latest = 0;
  const run = async () => {
    const { result } = atlas.scoring.getState();
    const regions = atlas.data.getState().regions;
    const params = result ? siteSetParams(result.scenario) : null;
    if (!result || !params || !regions) {
      if (atlas.scoring.getState().siteSet) atlas.scoring.setState({ siteSet: null });
      return;
    }
    const mine = ++latest;
    const candidates = siteCandidates(
      result.scenario,
      result.rows,
      regions.features.map((f) => f.properties),
    );
    const prev = atlas.scoring.getState().siteSet;
    atlas.scoring.setState({
      siteSet: {
        forSeq: result.seq,
        solving: true,
        outcome: prev?.outcome ?? null,
        candidates: candidates.length,
        ms: 0,
      },
    });
    const t0 = now();
    let outcome: SiteSetOutcome;
    try {
      outcome = await deps.solve(candidates, params);
    } catch (err) {
      outcome = { status: 'error', detail: (err as Error).message };
    }
    if (mine !== latest) return;
    const done = { forSeq: result.seq, solving: false, outcome, candidates: candidates.length, ms: now() - t0 };
    atlas.scoring.setState({ siteSet: done });
    if (outcome.status !== 'optimal' || !deps.membership) return;
    const matrix = rankingMatrix(
      result.scenario,
      result.rows,
      regions.features.map((f) => f.properties),
    );
    const membership = await deps
      .membership(
        matrix,
        result.scenario.criteria.map((c) => c.weight),
        candidates,
        params,
      )
      .catch(() => null);
    if (mine === latest && membership) atlas.scoring.setState({ siteSet: { ...done, membership } });
  };
  void run();
  return atlas.scoring.subscribe((s, prev) => {
    if (s.result !== prev.result) void run();
  });
}
