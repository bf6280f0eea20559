import { get, set } from 'idb-keyval';
import { create } from 'zustand';
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
import { atlasDb } from './idb';

const KEY = 'edits-v1';

/**
 * Values typed in the data grid and the indicators created there. Edits and created indicators
 * persist in IndexedDB; the undo history and the change log are for this session only.
 */
export interface CurationState extends EditState {
  readonly status: 'loading' | 'ready';
  readonly created: readonly UserIndicatorDef[];
  readonly storageError: string | null;
}

export const useCurationStore = create<CurationState>()(() => ({
  ...EMPTY_EDITS,
  status: 'loading',
  created: [],
  storageError: null,
}));

const isEdit = (e: unknown): e is Edit => {
  const o = e as Edit;
  return (
    typeof o?.indicator === 'string' &&
    typeof o.kemendagri_code === 'string' &&
    typeof o.value === 'number' &&
    typeof o.source === 'string'
  );
};

export async function loadCuration(): Promise<void> {
  try {
    const raw = (await get(KEY, atlasDb())) as { edits?: unknown; created?: unknown } | undefined;
    const edits = Array.isArray(raw?.edits) ? raw.edits.filter(isEdit) : [];
    const created = Array.isArray(raw?.created)
      ? (raw.created as UserIndicatorDef[]).filter((d) => typeof d?.id === 'string')
      : [];
    useCurationStore.setState({
      status: 'ready',
      created,
      edits: Object.fromEntries(edits.map((e) => [`${e.indicator}\u0000${e.kemendagri_code}`, e])),
    });
  } catch (e) {
    useCurationStore.setState({ status: 'ready', storageError: `IndexedDB: ${(e as Error).message}` });
  }
}

async function persist(): Promise<void> {
  const s = useCurationStore.getState();
  try {
    await set(KEY, { edits: Object.values(s.edits), created: s.created }, atlasDb());
    if (s.storageError) useCurationStore.setState({ storageError: null });
  } catch (e) {
    useCurationStore.setState({ storageError: `IndexedDB: ${(e as Error).message}` });
  }
}

function update(f: (s: EditState) => EditState): void {
  const s = useCurationStore.getState();
  const next = f(s);
  if (next === s) return;
  useCurationStore.setState({ edits: next.edits, past: next.past, future: next.future, log: next.log });
  void persist();
}

const now = () => new Date().toISOString();

export const curation = {
  set: (edits: readonly Edit[], label: Change['label'] = 'set') => update((s) => setEdits(s, edits, now(), label)),
  revert: (keys: readonly EditKey[]) => update((s) => revert(s, keys, now())),
  revertAll: () => update((s) => revert(s, Object.keys(s.edits), now())),
  undo: () => update(undo),
  redo: () => update(redo),
  createIndicator: (def: UserIndicatorDef) => {
    useCurationStore.setState((s) => ({ created: [...s.created.filter((d) => d.id !== def.id), def] }));
    void persist();
  },
  addIndicators: (defs: readonly UserIndicatorDef[]) => {
    useCurationStore.setState((s) => ({
      created: [...s.created.filter((d) => !defs.some((x) => x.id === d.id)), ...defs],
    }));
    void persist();
  },
};
