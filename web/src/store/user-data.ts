import { del, get, set } from 'idb-keyval';
import { create } from 'zustand';
import { createObservationIndex } from '../data/observation-index';
import { applyEdits, catalogWithEdits } from '../domain/curation/merge-edits';
import type { RegionProps } from '../domain/dataset-types';
import { mergeCatalog, type UserImport, userObservations } from '../domain/import/user-dataset';
import { useCurationStore } from './curation-store';
import { useDataStore } from './data-store';
import { atlasDb } from './idb';

const KEY = 'imports-v1';

/**
 * The user's imports, kept in this browser's IndexedDB and nowhere else. The published catalog
 * and observations stay untouched; the data store's `catalog` and `observations` are the merge.
 */
export interface UserDataState {
  readonly status: 'loading' | 'ready';
  readonly imports: readonly UserImport[];
  /** Why the saved imports could not be read or written (shown, never fatal). */
  readonly storageError: string | null;
  /** Why the imports could not be loaded into DuckDB (scoring then runs without them). */
  readonly syncError: string | null;
}

export const useUserDataStore = create<UserDataState>()(() => ({
  status: 'loading',
  imports: [],
  storageError: null,
  syncError: null,
}));

const db = atlasDb;

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

/** Reads the saved imports; entries that are not imports are dropped and reported. */
export async function loadUserData(): Promise<void> {
  try {
    const raw = (await get(KEY, db())) as unknown;
    const list = Array.isArray(raw) ? raw : [];
    const good = list.filter(isImport);
    useUserDataStore.setState({
      status: 'ready',
      imports: good,
      storageError: good.length < list.length ? `${list.length - good.length} saved import(s) could not be read` : null,
    });
  } catch (e) {
    useUserDataStore.setState({ status: 'ready', storageError: `IndexedDB: ${(e as Error).message}` });
  }
}

async function persist(imports: readonly UserImport[]): Promise<void> {
  try {
    if (imports.length === 0) await del(KEY, db());
    else await set(KEY, imports, db());
    useUserDataStore.setState({ storageError: null });
  } catch (e) {
    // The import stays usable in this tab; the user is told it will not survive a reload.
    useUserDataStore.setState({ storageError: `IndexedDB: ${(e as Error).message}` });
  }
}

export async function addImport(imp: UserImport): Promise<void> {
  const imports = [...useUserDataStore.getState().imports, imp];
  useUserDataStore.setState({ imports });
  await persist(imports);
}

export async function removeImport(id: string): Promise<void> {
  const imports = useUserDataStore.getState().imports.filter((i) => i.id !== id);
  useUserDataStore.setState({ imports });
  await persist(imports);
}

/** A new import id: short, unique among the current imports. */
export function newImportId(now: number = Date.now()): string {
  const taken = new Set(useUserDataStore.getState().imports.map((i) => i.id));
  let n = now % 46656 ** 2;
  let id = n.toString(36);
  while (taken.has(id)) id = (++n).toString(36);
  return id;
}

/**
 * Keeps the data store's merged catalog and observation index in step with the imports and the
 * typed edits: published → + imports → + edits (an edit wins over both).
 */
export function startUserDataMerge(): void {
  let last: unknown[] = [];
  const merge = () => {
    const d = useDataStore.getState();
    const u = useUserDataStore.getState();
    const c = useCurationStore.getState();
    const inputs = [d.publishedCatalog, d.publishedObservations, d.regions, u.imports, c.edits, c.created];
    if (inputs.every((x, i) => x === last[i])) return;
    last = inputs;
    const regions = new Map<string, RegionProps>(
      d.regions?.features.map((f) => [f.properties.kemendagri_code, f.properties]),
    );
    const edits = Object.values(c.edits);
    const observations = d.publishedObservations
      ? createObservationIndex(
          applyEdits(
            u.imports.length === 0
              ? d.publishedObservations
              : [...d.publishedObservations, ...userObservations(u.imports)],
            edits,
          ),
        )
      : null;
    const withImports = d.publishedCatalog ? mergeCatalog(d.publishedCatalog, u.imports, regions) : null;
    useDataStore.setState({
      catalog:
        withImports && observations
          ? catalogWithEdits(withImports, edits, c.created, (id) => observations.headline(id), regions)
          : withImports,
      observations,
    });
  };
  useDataStore.subscribe(merge);
  useUserDataStore.subscribe(merge);
  useCurationStore.subscribe(merge);
  merge();
}
