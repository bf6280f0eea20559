import { createStore, del, get, set } from 'idb-keyval';
import type { AsyncStorage } from '../store/storage';

/** The app's IndexedDB (database "sentra-atlas", store "user-data"), opened on first use. */
export function indexedDbStorage(): AsyncStorage {
  let db: ReturnType<typeof createStore> | null = null;
  const open = () => {
    db ??= createStore('sentra-atlas', 'user-data');
    return db;
  };
  return {
    get: (k) => get(k, open()),
    set: (k, v) => set(k, v, open()),
    del: (k) => del(k, open()),
  };
}
