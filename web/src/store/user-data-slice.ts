import type { UserImport } from '../domain/import/user-dataset';
import type { SliceGet, SliceSet } from './slice-api';
import type { AsyncStorage } from './storage';

const KEY = 'imports-v1';

/**
 * The user's imports, kept in this browser's IndexedDB and nowhere else. The published catalog
 * and observations stay untouched; the data slice's `catalog` and `observations` are the merge.
 */
export interface UserDataSlice {
  readonly status: 'loading' | 'ready';
  readonly imports: readonly UserImport[];
  /** Why the saved imports could not be read or written (shown, never fatal). */
  readonly storageError: string | null;
  /** Why the imports could not be loaded into DuckDB (scoring then runs without them). */
  readonly syncError: string | null;
  /** Reads the saved imports; entries that are not imports are dropped and reported. */
  load(): Promise<void>;
  addImport(imp: UserImport): Promise<void>;
  removeImport(id: string): Promise<void>;
  /** A new import id: short, unique among the current imports. */
  newImportId(now?: number): string;
}

function isImport(x: unknown): x is UserImport {
  const o = x as UserImport;
  return (
    typeof o?.id === 'string' &&
    typeof o.fileName === 'string' &&
    Array.isArray(o.indicators) &&
    Array.isArray(o.values) &&
    Array.isArray(o.points) &&
    Array.isArray(o.table?.header)
  );
}

export function createUserDataSlice(
  set: SliceSet<UserDataSlice>,
  get: SliceGet<UserDataSlice>,
  db: AsyncStorage,
): UserDataSlice {
  const persist = async (imports: readonly UserImport[]) => {
    try {
      if (imports.length === 0) await db.del(KEY);
      else await db.set(KEY, imports);
      set({ storageError: null });
    } catch (e) {
      // The import stays usable in this tab; the user is told it will not survive a reload.
      set({ storageError: `IndexedDB: ${(e as Error).message}` });
    }
  };
  return {
    status: 'loading',
    imports: [],
    storageError: null,
    syncError: null,
    load: async () => {
      try {
        const raw = await db.get(KEY);
        const list = Array.isArray(raw) ? raw : [];
        const good = list.filter(isImport);
        set({
          status: 'ready',
          imports: good,
          storageError:
            good.length < list.length ? `${list.length - good.length} saved import(s) could not be read` : null,
        });
      } catch (e) {
        set({ status: 'ready', storageError: `IndexedDB: ${(e as Error).message}` });
      }
    },
    addImport: async (imp) => {
      const imports = [...get().imports, imp];
      set({ imports });
      await persist(imports);
    },
    removeImport: async (id) => {
      const imports = get().imports.filter((i) => i.id !== id);
      set({ imports });
      await persist(imports);
    },
    newImportId: (now = Date.now()) => {
      const taken = new Set(get().imports.map((i) => i.id));
      let n = now % 46656 ** 2;
      let id = n.toString(36);
      while (taken.has(id)) id = (++n).toString(36);
      return id;
    },
  };
}
