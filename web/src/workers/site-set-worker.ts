/// <reference lib="webworker" />
import loadHighs from 'highs';
import wasmUrl from 'highs/runtime?url';
import { chooseSites, type SiteCandidate, type SiteSetParams } from '../domain/selection/site-set';
import { highsSolve } from './highs-solve';

// HiGHS (wasm, 3.5 MB) loads on the first request only, from the page's own origin.
let highs: ReturnType<typeof loadHighs> | null = null;

self.onmessage = async (e: MessageEvent<{ id: number; candidates: SiteCandidate[]; params: SiteSetParams }>) => {
  const { id, candidates, params } = e.data;
  try {
    highs ??= loadHighs({ locateFile: () => wasmUrl });
    const outcome = chooseSites(candidates, params, highsSolve(await highs));
    self.postMessage({ id, outcome });
  } catch (err) {
    self.postMessage({ id, outcome: { status: 'error', detail: (err as Error).message } });
  }
};
