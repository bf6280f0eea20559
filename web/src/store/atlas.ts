import { createStore, type StoreApi } from 'zustand/vanilla';
import { type CurationSlice, createCurationSlice } from './curation-slice';
import { createDataSlice, type DataSlice } from './data-slice';
import { createImportSlice, type ImportSlice } from './import-slice';
import { createScoringSlice, type ScoringSlice } from './scoring-slice';
import type { SliceApi } from './slice-api';
import { type AsyncStorage, type KeyValueStorage, memoryAsyncStorage } from './storage';
import { createUserDataSlice, type UserDataSlice } from './user-data-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

/** The whole application state: one store, one namespace per slice. */
export interface AtlasState {
  readonly view: ViewSlice;
  readonly data: DataSlice;
  readonly scoring: ScoringSlice;
  readonly userData: UserDataSlice;
  readonly curation: CurationSlice;
  readonly importSession: ImportSlice;
}

export type SliceName = keyof AtlasState;

export interface AtlasDeps {
  /** localStorage in the browser: language, working draft, saved scenarios, SQL history. */
  readonly storage?: KeyValueStorage;
  /** IndexedDB in the browser: imports and typed values. */
  readonly db?: AsyncStorage;
}

/** One app: its store, a handle per slice, and the storages it persists to. */
export interface Atlas {
  readonly store: StoreApi<AtlasState>;
  readonly view: SliceApi<ViewSlice>;
  readonly data: SliceApi<DataSlice>;
  readonly scoring: SliceApi<ScoringSlice>;
  readonly userData: SliceApi<UserDataSlice>;
  readonly curation: SliceApi<CurationSlice>;
  readonly importSession: SliceApi<ImportSlice>;
  readonly storage: KeyValueStorage | undefined;
}

function sliceApi<K extends SliceName>(store: StoreApi<AtlasState>, key: K): SliceApi<AtlasState[K]> {
  type S = AtlasState[K];
  return {
    getState: () => store.getState()[key],
    setState: (patch) =>
      store.setState((s) => {
        const cur = s[key];
        const p = typeof patch === 'function' ? patch(cur) : patch;
        return { [key]: { ...cur, ...p } } as unknown as Partial<AtlasState>;
      }),
    subscribe: (listener) =>
      store.subscribe((s, prev) => {
        if (s[key] !== prev[key]) listener(s[key] as S, prev[key] as S);
      }),
  };
}

/**
 * Makes an app's store. Nothing here is global: the browser makes one in main.tsx, tests make
 * as many as they like, each with its own (fake) storages.
 */
export function createAtlas(deps: AtlasDeps = {}): Atlas {
  const db = deps.db ?? memoryAsyncStorage();
  const store = createStore<AtlasState>()((_set, getAll) => {
    // Slices are built before the store exists: their set/get go through the store once it does.
    const api = <K extends SliceName>(key: K) => ({
      set: (patch: Partial<AtlasState[K]> | ((s: AtlasState[K]) => Partial<AtlasState[K]>)) =>
        sliceApi(store, key).setState(patch),
      get: () => getAll()[key],
    });
    const v = api('view');
    const sc = api('scoring');
    const u = api('userData');
    const c = api('curation');
    return {
      view: createViewSlice(v.set, v.get, deps.storage),
      data: createDataSlice(),
      scoring: createScoringSlice(sc.set, sc.get, deps.storage),
      userData: createUserDataSlice(u.set, u.get, db),
      curation: createCurationSlice(c.set, c.get, db),
      importSession: createImportSlice(),
    };
  });
  return {
    store,
    view: sliceApi(store, 'view'),
    data: sliceApi(store, 'data'),
    scoring: sliceApi(store, 'scoring'),
    userData: sliceApi(store, 'userData'),
    curation: sliceApi(store, 'curation'),
    importSession: sliceApi(store, 'importSession'),
    storage: deps.storage,
  };
}
