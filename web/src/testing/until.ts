/** Resolves with the first state of a slice that satisfies `ok` (30 s, then fails): effect tests wait on it. */
export function until<S>(api: { getState(): S; subscribe(l: (s: S) => void): () => void }, ok: (s: S) => boolean) {
  return new Promise<S>((done, fail) => {
    if (ok(api.getState())) return done(api.getState());
    const timer = setTimeout(() => fail(new Error('timed out')), 30_000);
    const stop = api.subscribe((s) => {
      if (!ok(s)) return;
      clearTimeout(timer);
      stop();
      done(s);
    });
  });
}
