/// <reference lib="webworker" />
import { computeUncertainty, type UncertaintyRequest } from '../domain/decision/uncertainty';

// 2 × 1,000 draws over up to 514 kab/kota: off the main thread, so no task blocks the page.
self.onmessage = (e: MessageEvent<{ id: number; req: UncertaintyRequest }>) => {
  const { id, req } = e.data;
  try {
    self.postMessage({ id, ok: true, value: computeUncertainty(req) });
  } catch (err) {
    self.postMessage({ id, ok: false, detail: (err as Error).message });
  }
};
