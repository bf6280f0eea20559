/**
 * One slice of the atlas store seen on its own: read it, merge a patch into it, and hear when it
 * changes. Slice factories get `set`/`get` for their own slice only; code that spans slices
 * (applying a scenario, the user-data merge) takes the whole atlas.
 */
export interface SliceApi<S> {
  getState(): S;
  setState(patch: Partial<S> | ((s: S) => Partial<S>)): void;
  /** Called after a change of this slice only, with the slice before it. Returns unsubscribe. */
  subscribe(listener: (s: S, prev: S) => void): () => void;
}

export type SliceSet<S> = SliceApi<S>['setState'];
export type SliceGet<S> = SliceApi<S>['getState'];
