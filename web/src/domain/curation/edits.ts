/**
 * Values typed by users over the published (or imported) figures, with their provenance, and an
 * undoable history. Pure: the store holds an `EditState` and replaces it with these functions.
 */
export interface Edit {
  readonly indicator: string;
  readonly kemendagri_code: string;
  readonly bps_code: string;
  readonly value: number;
  /** The year the user states for the figure ("" = not stated). */
  readonly year: string;
  /** Who or what the figure comes from, as the user states it (required). */
  readonly source: string;
  /** ISO date-time it was entered. */
  readonly entered_at: string;
  /** The value shown before (published or imported), or null where there was none. */
  readonly replaced: { readonly value: number; readonly year: string; readonly source_id: string } | null;
}

export type EditKey = string;
export const editKey = (indicator: string, kemendagriCode: string): EditKey => `${indicator}\u0000${kemendagriCode}`;

/** One undoable step: for each key, the edit before and after (null = no edit). */
export interface Change {
  readonly at: string;
  readonly label: 'set' | 'revert' | 'revert_all' | 'import';
  readonly items: readonly { readonly key: EditKey; readonly before: Edit | null; readonly after: Edit | null }[];
}

export interface EditState {
  readonly edits: Readonly<Record<EditKey, Edit>>;
  readonly past: readonly Change[];
  readonly future: readonly Change[];
  /** Every change of this session, oldest first (undo does not erase it; it adds an entry). */
  readonly log: readonly (Change & { readonly undone?: boolean; readonly redone?: boolean })[];
}

export const EMPTY_EDITS: EditState = { edits: {}, past: [], future: [], log: [] };

function applyItems(edits: Readonly<Record<EditKey, Edit>>, items: Change['items'], dir: 'after' | 'before') {
  const next: Record<EditKey, Edit> = { ...edits };
  for (const it of items) {
    const e = it[dir];
    if (e) next[it.key] = e;
    else delete next[it.key];
  }
  return next;
}

/** Applies a change (a batch of set/revert items) and makes it undoable. */
export function commit(s: EditState, change: Change): EditState {
  if (change.items.length === 0) return s;
  return {
    edits: applyItems(s.edits, change.items, 'after'),
    past: [...s.past, change],
    future: [],
    log: [...s.log, change],
  };
}

export function setEdits(s: EditState, edits: readonly Edit[], at: string, label: Change['label'] = 'set'): EditState {
  return commit(s, {
    at,
    label,
    items: edits.map((e) => {
      const key = editKey(e.indicator, e.kemendagri_code);
      return { key, before: s.edits[key] ?? null, after: e };
    }),
  });
}

export function revert(s: EditState, keys: readonly EditKey[], at: string): EditState {
  return commit(s, {
    at,
    label: keys.length === Object.keys(s.edits).length && keys.length > 1 ? 'revert_all' : 'revert',
    items: keys.filter((k) => s.edits[k]).map((key) => ({ key, before: s.edits[key] ?? null, after: null })),
  });
}

export function undo(s: EditState): EditState {
  const last = s.past[s.past.length - 1];
  if (!last) return s;
  return {
    edits: applyItems(s.edits, last.items, 'before'),
    past: s.past.slice(0, -1),
    future: [last, ...s.future],
    log: [...s.log, { ...last, undone: true }],
  };
}

export function redo(s: EditState): EditState {
  const next = s.future[0];
  if (!next) return s;
  return {
    edits: applyItems(s.edits, next.items, 'after'),
    past: [...s.past, next],
    future: s.future.slice(1),
    log: [...s.log, { ...next, redone: true }],
  };
}
