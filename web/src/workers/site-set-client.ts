import type { SiteCandidate, SiteSetOutcome, SiteSetParams } from '../domain/selection/site-set';

let worker: Worker | null = null;
let next = 0;
const pending = new Map<number, (o: SiteSetOutcome) => void>();

/** Solves a site set in its Web Worker (HiGHS), so the map and panels stay responsive. */
export function solveSitesInWorker(
  candidates: readonly SiteCandidate[],
  params: SiteSetParams,
): Promise<SiteSetOutcome> {
  if (!worker) {
    worker = new Worker(new URL('./site-set-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; outcome: SiteSetOutcome }>) => {
      pending.get(e.data.id)?.(e.data.outcome);
      pending.delete(e.data.id);
    };
    worker.onerror = (e) => {
      for (const done of pending.values()) done({ status: 'error', detail: e.message || 'the solver worker failed' });
      pending.clear();
      worker = null;
    };
  }
  const id = ++next;
  return new Promise((done) => {
    pending.set(id, done);
    worker?.postMessage({ id, candidates, params });
  });
}
