import type { ScoringMatrix } from '../domain/scoring/oracle';
import type { SetMembership } from '../domain/selection/set-membership';
import type { SiteCandidate, SiteSetOutcome, SiteSetParams } from '../domain/selection/site-set';

let worker: Worker | null = null;
let next = 0;
type Answer = { id: number; outcome?: SiteSetOutcome; membership?: SetMembership | null };
const pending = new Map<number, (a: Answer) => void>();

function post(message: Record<string, unknown>): Promise<Answer> {
  if (!worker) {
    worker = new Worker(new URL('./site-set-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<Answer>) => {
      pending.get(e.data.id)?.(e.data);
      pending.delete(e.data.id);
    };
    worker.onerror = (e) => {
      const detail = e.message || 'the solver worker failed';
      for (const [id, done] of pending) done({ id, outcome: { status: 'error', detail }, membership: null });
      pending.clear();
      worker = null;
    };
  }
  const id = ++next;
  return new Promise((done) => {
    pending.set(id, done);
    worker?.postMessage({ id, ...message });
  });
}

/** Solves a site set in its Web Worker (HiGHS), so the map and panels stay responsive. */
export async function solveSitesInWorker(
  candidates: readonly SiteCandidate[],
  params: SiteSetParams,
): Promise<SiteSetOutcome> {
  const a = await post({ kind: 'solve', candidates, params });
  return a.outcome ?? { status: 'error', detail: 'no answer' };
}

/** The chance of each kab/kota being in the chosen set, re-solved per draw in the same worker. */
export async function membershipInWorker(
  matrix: ScoringMatrix,
  weights: readonly number[],
  candidates: readonly SiteCandidate[],
  params: SiteSetParams,
): Promise<SetMembership | null> {
  return (await post({ kind: 'membership', matrix, weights, candidates, params })).membership ?? null;
}
