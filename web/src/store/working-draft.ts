import { type AhpDraft, readDraft } from '../domain/decision/ahp-draft';
import { type Scenario, validateScenario } from '../domain/scoring/scenario';

/**
 * The working scenario (the one on screen, saved or not) and its AHP judgements, written on every
 * change and read at start, so a reload or a crash never loses an FGD's work. A stored draft that
 * no longer validates is moved aside under DAMAGED_KEY (kept, never deleted) and the example opens.
 */
export const WORKING_KEY = 'sentra-atlas:working-v1';
export const DAMAGED_KEY = 'sentra-atlas:working-v1:damaged';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export function readWorkingDraft(storage: Store | undefined): { scenario: Scenario; ahpDraft: AhpDraft | null } | null {
  let text: string | null = null;
  try {
    text = storage?.getItem(WORKING_KEY) ?? null;
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    const json = JSON.parse(text) as { version?: unknown; scenario?: unknown; ahp?: unknown };
    const v = validateScenario(json.scenario);
    if (json.version !== 1 || !v.ok) throw new Error('invalid');
    return { scenario: v.scenario, ahpDraft: json.ahp === null || json.ahp === undefined ? null : readDraft(json.ahp) };
  } catch {
    try {
      storage?.setItem(DAMAGED_KEY, text);
    } catch {
      // Nothing more can be kept; the draft text stays under WORKING_KEY until the next write.
    }
    return null;
  }
}

/** Writes the draft; false when the browser refused (full or private storage). */
export function writeWorkingDraft(storage: Store | undefined, scenario: Scenario, ahpDraft: AhpDraft | null): boolean {
  try {
    storage?.setItem(WORKING_KEY, JSON.stringify({ version: 1, scenario, ahp: ahpDraft }));
    return true;
  } catch {
    return false;
  }
}
