import type { UserImport } from '../domain/import/user-dataset';
import type { SliceGet, SliceSet } from './slice-api';
import type { AsyncStorage } from './storage';

const KEY = 'imports-v1';
/** Saved entries that could not be read are moved here, never deleted (a later version may read them). */
export const QUARANTINE_KEY = 'imports-v1-quarantine';

/**
 * The user's imports, kept in this browser's IndexedDB and nowhere else. The published catalog
 * and observations stay untouched; the data slice's `catalog` and `observations` are the merge.
 */
export interface UserDataSlice {
  readonly status: 'loading' | 'ready';
  readonly imports: readonly UserImport[];
  /** Why the saved imports could not be read or written (shown, never fatal). */
  readonly storageError: string | null;
  /** Saved entries that could not be read at start (moved to QUARANTINE_KEY, not deleted). */
  readonly unreadable: number;
  /** Why the imports could not be loaded into DuckDB (scoring then runs without them). */
  readonly syncError: string | null;
  /** Reads the saved imports; entries that are not imports are dropped and reported. */
  load(): Promise<void>;
  addImport(imp: UserImport): Promise<void>;
  removeImport(id: string): Promise<void>;
  /** A new import id: short, unique among the current imports. */
  newImportId(now?: number): string;
}

const str = (v: unknown) => typeof v === 'string';
const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const every = (v: unknown, ok: (x: Record<string, unknown>) => boolean) =>
  Array.isArray(v) && v.every((x) => typeof x === 'object' && x !== null && ok(x as Record<string, unknown>));

/** Deep enough that nothing downstream meets a null where it reads a field (issue 19: `indicators: [null]`). */
export function isImport(x: unknown): x is UserImport {
  const o = x as Record<string, unknown> | null;
  const table = o?.table as Record<string, unknown> | undefined;
  return (
    typeof o === 'object' &&
    o !== null &&
    str(o.id) &&
    str(o.fileName) &&
    every(
      o.indicators,
      (d) => str(d.id) && str(d.label) && str(d.unit) && str(d.year) && str(d.source) && str(d.column),
    ) &&
    every(o.values, (v) => str(v.kemendagri_code) && str(v.bps_code) && str(v.indicator) && num(v.value)) &&
    every(o.points, (p) => num(p.lon) && num(p.lat) && str(p.label) && str(p.located_in)) &&
    Array.isArray(table?.header) &&
    Array.isArray(table?.rows)
  );
}

/** The stored value as readable imports and everything else (a non-list counts as one bad entry). */
function split(raw: unknown): { good: UserImport[]; bad: unknown[] } {
  if (raw === undefined || raw === null) return { good: [], bad: [] };
  if (!Array.isArray(raw)) return { good: [], bad: [raw] };
  return { good: raw.filter(isImport), bad: raw.filter((x) => !isImport(x)) };
}

export function createUserDataSlice(
  set: SliceSet<UserDataSlice>,
  get: SliceGet<UserDataSlice>,
  db: AsyncStorage,
): UserDataSlice {
  /**
   * Read-modify-write: the stored list is read again and changed by this one step, so two tabs
   * that each import a file both keep theirs (issue 19). Unreadable stored entries are moved to
   * the quarantine first; nothing stored is overwritten unread.
   */
  const persist = async (change: (stored: readonly UserImport[]) => UserImport[]) => {
    try {
      const { good, bad } = split(await db.get(KEY));
      if (bad.length > 0) await quarantine(bad);
      const next = change(good);
      if (next.length === 0) await db.del(KEY);
      else await db.set(KEY, next);
      set({ imports: next, storageError: null });
    } catch (e) {
      // The import stays usable in this tab; the user is told it will not survive a reload.
      set({ storageError: `IndexedDB: ${(e as Error).message}` });
    }
  };
  const quarantine = async (bad: readonly unknown[]) => {
    const kept = await db.get(QUARANTINE_KEY);
    await db.set(QUARANTINE_KEY, [...(Array.isArray(kept) ? kept : []), ...bad]);
  };
  return {
    status: 'loading',
    imports: [],
    storageError: null,
    unreadable: 0,
    syncError: null,
    load: async () => {
      try {
        const { good, bad } = split(await db.get(KEY));
        if (bad.length > 0) {
          // Kept aside, so the next write cannot lose them; the app starts with the readable ones.
          await quarantine(bad);
          await db.set(KEY, good);
        }
        set({ status: 'ready', imports: good, unreadable: bad.length, storageError: null });
      } catch (e) {
        set({ status: 'ready', storageError: `IndexedDB: ${(e as Error).message}` });
      }
    },
    addImport: async (imp) => {
      set({ imports: [...get().imports, imp] });
      await persist((stored) => [...stored.filter((i) => i.id !== imp.id), imp]);
    },
    removeImport: async (id) => {
      set({ imports: get().imports.filter((i) => i.id !== id) });
      await persist((stored) => stored.filter((i) => i.id !== id));
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
