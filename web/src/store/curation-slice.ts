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
  /** Stored edits or indicators that could not be read at start (moved to EDITS_QUARANTINE_KEY). */
  readonly unreadable: number;
  load(): Promise<void>;
  set(edits: readonly Edit[], label?: Change['label']): void;
  revert(keys: readonly EditKey[]): void;
  revertAll(): void;
  undo(): void;
  redo(): void;
  createIndicator(def: UserIndicatorDef): void;
  addIndicators(defs: readonly UserIndicatorDef[]): void;
}

/** Stored entries that could not be read are moved here, never deleted. */
export const EDITS_QUARANTINE_KEY = 'edits-v1-quarantine';

const str = (v: unknown) => typeof v === 'string';
export const isEdit = (e: unknown): e is Edit => {
  const o = e as Record<string, unknown> | null;
  const r = o?.replaced as Record<string, unknown> | null | undefined;
  return (
    typeof o === 'object' &&
    o !== null &&
    str(o.indicator) &&
    str(o.kemendagri_code) &&
    str(o.bps_code) &&
    typeof o.value === 'number' &&
    Number.isFinite(o.value) &&
    str(o.year) &&
    str(o.source) &&
    str(o.entered_at) &&
    (r === null || r === undefined || (typeof r === 'object' && typeof r.value === 'number' && str(r.source_id)))
  );
};
const isDef = (d: unknown): d is UserIndicatorDef => {
  const o = d as Record<string, unknown> | null;
  return (
    typeof o === 'object' && o !== null && ['id', 'label', 'unit', 'year', 'source', 'column'].every((k) => str(o[k]))
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
    unreadable: 0,
    load: async () => {
      try {
        const raw = (await db.get(KEY)) as { edits?: unknown; created?: unknown } | undefined | null;
        const list = (v: unknown) => (Array.isArray(v) ? v : []);
        const edits = list(raw?.edits).filter(isEdit);
        const created = list(raw?.created).filter(isDef);
        // What cannot be read is kept aside before any write can overwrite it.
        const bad = [
          ...(raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw)) ? [raw] : []),
          ...list(raw?.edits).filter((e) => !isEdit(e)),
          ...list(raw?.created).filter((d) => !isDef(d)),
        ];
        if (bad.length > 0) {
          const kept = await db.get(EDITS_QUARANTINE_KEY);
          await db.set(EDITS_QUARANTINE_KEY, [...(Array.isArray(kept) ? kept : []), ...bad]);
        }
        set({
          status: 'ready',
          created,
          unreadable: bad.length,
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
