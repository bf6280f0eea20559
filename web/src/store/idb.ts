import { createStore } from 'idb-keyval';

let store: ReturnType<typeof createStore> | null = null;

/** The app's IndexedDB store (database "sentra-atlas"), opened on first use. */
export function atlasDb(): ReturnType<typeof createStore> {
  store ??= createStore('sentra-atlas', 'user-data');
  return store;
}
