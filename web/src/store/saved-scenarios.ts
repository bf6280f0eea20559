import { type Scenario, validateScenario } from '../domain/scoring/scenario';

const KEY = 'sentra-atlas:scenarios';
/** Where a saved list that cannot be read at all is moved before a new list is written. */
export const DAMAGED_KEY = 'sentra-atlas:scenarios:damaged';

export interface SavedScenario {
  readonly name: string;
  /** ISO date-time of the last save. */
  readonly savedAt: string;
  readonly scenario: Scenario;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

interface Read {
  readonly saved: SavedScenario[];
  /** Entries that fail validation, kept as they are: a save never deletes them. */
  readonly damaged: unknown[];
  /** The stored text when it is not a JSON list at all (null otherwise). */
  readonly unreadable: string | null;
}

function read(storage: Pick<Storage, 'getItem'> | undefined): Read {
  const text = storage?.getItem(KEY) ?? null;
  if (text === null) return { saved: [], damaged: [], unreadable: null };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { saved: [], damaged: [], unreadable: text };
  }
  if (!Array.isArray(raw)) return { saved: [], damaged: [], unreadable: text };
  const saved: SavedScenario[] = [];
  const damaged: unknown[] = [];
  for (const e of raw) {
    const v = validateScenario((e as { scenario?: unknown })?.scenario);
    if (v.ok && typeof e.name === 'string' && typeof e.savedAt === 'string')
      saved.push({ name: e.name, savedAt: e.savedAt, scenario: v.scenario });
    else damaged.push(e);
  }
  return { saved, damaged, unreadable: null };
}

/** Saved scenarios from localStorage; entries that fail validation are counted (and kept in storage). */
export function loadSaved(storage: Pick<Storage, 'getItem'> | undefined): { saved: SavedScenario[]; skipped: number } {
  const r = read(storage);
  return { saved: r.saved, skipped: r.damaged.length + (r.unreadable === null ? 0 : 1) };
}

export type SaveOutcome =
  | { readonly ok: true; readonly saved: SavedScenario[]; readonly skipped: number }
  | {
      readonly ok: false;
      readonly reason: 'full' | 'unavailable';
      readonly saved: SavedScenario[];
      readonly skipped: number;
    };

/**
 * Writes the list back with the damaged entries in it, and first moves a store that is not a
 * list at all aside (DAMAGED_KEY), so nothing earlier is lost by a save. A full or refused
 * storage is an answer, not an exception: the list on screen stays as it was.
 */
function write(storage: Store | undefined, r: Read, next: SavedScenario[]): SaveOutcome {
  const skipped = r.damaged.length + (r.unreadable === null ? 0 : 1);
  if (!storage) return { ok: false, reason: 'unavailable', saved: r.saved, skipped };
  try {
    if (r.unreadable !== null) storage.setItem(`${DAMAGED_KEY}-${Date.now()}`, r.unreadable);
    storage.setItem(KEY, JSON.stringify([...r.damaged, ...next]));
    return { ok: true, saved: next, skipped };
  } catch (e) {
    const full = (e as { name?: string })?.name === 'QuotaExceededError';
    return { ok: false, reason: full ? 'full' : 'unavailable', saved: r.saved, skipped };
  }
}

/** Saves (replacing an entry of the same name). */
export function saveScenario(storage: Store | undefined, s: Scenario, now: Date): SaveOutcome {
  const r = read(storage);
  return write(storage, r, [
    ...r.saved.filter((x) => x.name !== s.name),
    { name: s.name, savedAt: now.toISOString(), scenario: s },
  ]);
}

export function deleteSaved(storage: Store | undefined, name: string): SaveOutcome {
  const r = read(storage);
  return write(
    storage,
    r,
    r.saved.filter((x) => x.name !== name),
  );
}
