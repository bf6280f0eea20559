/// <reference lib="webworker" />
import loadHighs from 'highs';
import wasmUrl from 'highs/runtime?url';
import type { ScoringMatrix } from '../domain/scoring/oracle';
import { setMembership } from '../domain/selection/set-membership';
import { chooseSites, type SiteCandidate, type SiteSetParams } from '../domain/selection/site-set';
import { highsSolve } from './highs-solve';

// HiGHS (wasm, 3.5 MB) loads on the first request only, from the page's own origin.
let highs: ReturnType<typeof loadHighs> | null = null;

type Request =
  | { id: number; kind: 'solve'; candidates: SiteCandidate[]; params: SiteSetParams }
  | {
      id: number;
      kind: 'membership';
      candidates: SiteCandidate[];
      params: SiteSetParams;
      matrix: ScoringMatrix;
      weights: number[];
    };

self.onmessage = async (e: MessageEvent<Request>) => {
  const r = e.data;
  try {
    highs ??= loadHighs({ locateFile: () => wasmUrl });
    const solve = highsSolve(await highs);
    if (r.kind === 'membership')
      self.postMessage({ id: r.id, membership: setMembership(r.matrix, r.weights, r.candidates, r.params, solve) });
    else self.postMessage({ id: r.id, outcome: chooseSites(r.candidates, r.params, solve) });
  } catch (err) {
    self.postMessage({ id: r.id, outcome: { status: 'error', detail: (err as Error).message }, membership: null });
  }
};
