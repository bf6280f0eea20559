import {
  type Change,
  type Edit,
  type EditKey,
  type EditState,
  EMPTY_EDITS,
  redo,
  revert,
  setEdits,
  undo,
} from '../domain/curation/edits';
import type { UserIndicatorDef } from '../domain/import/user-dataset';
import type { SliceGet, SliceSet } from './slice-api';
import type { AsyncStorage } from './storage';

const KEY = 'edits-v1';

/**
 * Values typed in the data grid and the indicators created there. Edits and created indicators
 * persist in IndexedDB; the undo history and the change log are for this session only.
 */
export interface CurationSlice extends EditState {
  readonly status: 'loading' | 'ready';
  readonly created: readonly UserIndicatorDef[];
  readonly storageError: string | null;
  load(): Promise<void>;
  set(edits: readonly Edit[], label?: Change['label']): void;
  revert(keys: readonly EditKey[]): void;
  revertAll(): void;
  undo(): void;
  redo(): void;
  createIndicator(def: UserIndicatorDef): void;
  addIndicators(defs: readonly UserIndicatorDef[]): void;
}

const isEdit = (e: unknown): e is Edit => {
  const o = e as Edit;
  return (
    typeof o?.indicator === 'string' &&
    typeof o.kemendagri_code === 'string' &&
    typeof o.value === 'number' &&
    typeof o.source === 'string'
  );
};

const now = () => new Date().toISOString();

export function createCurationSlice(
  set: SliceSet<CurationSlice>,
  get: SliceGet<CurationSlice>,
  db: AsyncStorage,
): CurationSlice {
  const persist = async () => {
    const s = get();
    try {
      await db.set(KEY, { edits: Object.values(s.edits), created: s.created });
      if (get().storageError) set({ storageError: null });
    } catch (e) {
      set({ storageError: `IndexedDB: ${(e as Error).message}` });
    }
  };
  const update = (f: (s: EditState) => EditState) => {
    const s = get();
    const next = f(s);
    if (next === s) return;
    set({ edits: next.edits, past: next.past, future: next.future, log: next.log });
    void persist();
  };
  return {
    ...EMPTY_EDITS,
    status: 'loading',
    created: [],
    storageError: null,
    load: async () => {
      try {
        const raw = (await db.get(KEY)) as { edits?: unknown; created?: unknown } | undefined;
        const edits = Array.isArray(raw?.edits) ? raw.edits.filter(isEdit) : [];
        const created = Array.isArray(raw?.created)
          ? (raw.created as UserIndicatorDef[]).filter((d) => typeof d?.id === 'string')
          : [];
        set({
          status: 'ready',
          created,
          edits: Object.fromEntries(edits.map((e) => [`${e.indicator}\u0000${e.kemendagri_code}`, e])),
        });
      } catch (e) {
        set({ status: 'ready', storageError: `IndexedDB: ${(e as Error).message}` });
      }
    },
    set: (edits, label = 'set') => update((s) => setEdits(s, edits, now(), label)),
    revert: (keys) => update((s) => revert(s, keys, now())),
    revertAll: () => update((s) => revert(s, Object.keys(s.edits), now())),
    undo: () => update(undo),
    redo: () => update(redo),
    createIndicator: (def) => {
      set((s) => ({ created: [...s.created.filter((d) => d.id !== def.id), def] }));
      void persist();
    },
    addIndicators: (defs) => {
      set((s) => ({ created: [...s.created.filter((d) => !defs.some((x) => x.id === d.id)), ...defs] }));
      void persist();
    },
  };
}
