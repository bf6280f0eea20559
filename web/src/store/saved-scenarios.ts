import { type Scenario, validateScenario } from '../domain/scoring/scenario';

const KEY = 'sentra-atlas:scenarios';

export interface SavedScenario {
  readonly name: string;
  /** ISO date-time of the last save. */
  readonly savedAt: string;
  readonly scenario: Scenario;
}

/** Saved scenarios from localStorage; entries that fail validation are skipped (and reported). */
export function loadSaved(storage: Pick<Storage, 'getItem'> | undefined): { saved: SavedScenario[]; skipped: number } {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(KEY) ?? '[]');
  } catch {
    return { saved: [], skipped: 1 };
  }
  if (!Array.isArray(raw)) return { saved: [], skipped: 1 };
  const saved: SavedScenario[] = [];
  let skipped = 0;
  for (const e of raw) {
    const v = validateScenario((e as { scenario?: unknown })?.scenario);
    if (v.ok && typeof e.name === 'string' && typeof e.savedAt === 'string')
      saved.push({ name: e.name, savedAt: e.savedAt, scenario: v.scenario });
    else skipped++;
  }
  return { saved, skipped };
}

/** Saves (replacing an entry of the same name); returns the new list. */
export function saveScenario(
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
  s: Scenario,
  now: Date,
): SavedScenario[] {
  const { saved } = loadSaved(storage);
  const next = [...saved.filter((x) => x.name !== s.name), { name: s.name, savedAt: now.toISOString(), scenario: s }];
  storage?.setItem(KEY, JSON.stringify(next));
  return next;
}

export function deleteSaved(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined, name: string): SavedScenario[] {
  const next = loadSaved(storage).saved.filter((x) => x.name !== name);
  storage?.setItem(KEY, JSON.stringify(next));
  return next;
}
