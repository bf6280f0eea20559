import type { Uncertainty, UncertaintyRequest } from '../domain/decision/uncertainty';

let worker: Worker | null = null;
let next = 0;
const pending = new Map<number, { done: (u: Uncertainty) => void; fail: (e: Error) => void }>();

/** Runs the weight and missing-data Monte Carlo in its Web Worker. */
export function uncertaintyInWorker(req: UncertaintyRequest): Promise<Uncertainty> {
  if (!worker) {
    worker = new Worker(new URL('./uncertainty-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (
      e: MessageEvent<{ id: number; ok: true; value: Uncertainty } | { id: number; ok: false; detail: string }>,
    ) => {
      const p = pending.get(e.data.id);
      pending.delete(e.data.id);
      if (e.data.ok) p?.done(e.data.value);
      else p?.fail(new Error(e.data.detail));
    };
    worker.onerror = (e) => {
      for (const p of pending.values()) p.fail(new Error(e.message || 'the sensitivity worker failed'));
      pending.clear();
      worker = null;
    };
  }
  const id = ++next;
  return new Promise((done, fail) => {
    pending.set(id, { done, fail });
    worker?.postMessage({ id, req });
  });
}
