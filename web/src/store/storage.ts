/**
 * What the store persists to, injected so tests run in Node with fakes: a synchronous key-value
 * store (localStorage in the browser: language, working draft, saved scenarios) and an
 * asynchronous one (IndexedDB in the browser: imports and typed values, which can be large).
 */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'> & Partial<Pick<Storage, 'removeItem'>>;

export interface AsyncStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

/** An AsyncStorage in memory (Node tests, and browsers where IndexedDB cannot open). */
export function memoryAsyncStorage(initial: Readonly<Record<string, unknown>> = {}): AsyncStorage {
  const m = new Map<string, unknown>(Object.entries(initial));
  return {
    get: async (k) => structuredClone(m.get(k)),
    set: async (k, v) => {
      m.set(k, structuredClone(v));
    },
    del: async (k) => {
      m.delete(k);
    },
  };
}

/** A KeyValueStorage in memory. */
export function memoryStorage(initial: Readonly<Record<string, string>> = {}): KeyValueStorage {
  const m = new Map<string, string>(Object.entries(initial));
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      m.set(k, String(v));
    },
    removeItem: (k) => {
      m.delete(k);
    },
  };
}
