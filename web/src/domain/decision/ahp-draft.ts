/**
 * An FGD's AHP judgements while they are being collected, keyed by criterion ids rather than by
 * position, so adding, removing or reordering criteria keeps every judgement between the criteria
 * that remain (docs/scoring.md, "AHP judgements in the working scenario").
 */
export interface AhpParticipant {
  /** Stable identity for the UI (names may repeat or change). */
  readonly id: number;
  readonly name: string;
  /** `pairKey(a, b)` → how much more important a is than b (Saaty 1/9 … 9). Absent = 1. */
  readonly judgements: Readonly<Record<string, number>>;
}

export interface AhpDraft {
  readonly participants: readonly AhpParticipant[];
  /** Index of the participant whose judgements are on screen. */
  readonly current: number;
  readonly nextId: number;
}

export const pairKey = (a: string, b: string): string => `${a}\u241f${b}`;

/** a over b; the reciprocal of a stored b-over-a; 1 (equal) when never judged. */
export function judgementOf(p: AhpParticipant, a: string, b: string): number {
  const direct = p.judgements[pairKey(a, b)];
  if (direct !== undefined) return direct;
  const reverse = p.judgements[pairKey(b, a)];
  return reverse !== undefined ? 1 / reverse : 1;
}

export function withJudgement(p: AhpParticipant, a: string, b: string, v: number): AhpParticipant {
  const judgements = { ...p.judgements };
  delete judgements[pairKey(b, a)];
  judgements[pairKey(a, b)] = v;
  return { ...p, judgements };
}

/** The upper triangle (i < j, row by row) for the criteria in this order. */
export function upperFor(p: AhpParticipant, ids: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) out.push(judgementOf(p, ids[i] as string, ids[j] as string));
  return out;
}

/** A participant from a full matrix over `ids` (a judgements file, a saved scenario). */
export function participantFromMatrix(
  id: number,
  name: string,
  ids: readonly string[],
  matrix: readonly (readonly number[])[],
): AhpParticipant {
  const judgements: Record<string, number> = {};
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const v = matrix[i]?.[j];
      if (typeof v === 'number' && Number.isFinite(v) && v > 0 && v !== 1)
        judgements[pairKey(ids[i] as string, ids[j] as string)] = v;
    }
  return { id, name, judgements };
}

export function newDraft(firstName: string): AhpDraft {
  return { participants: [{ id: 0, name: firstName, judgements: {} }], current: 0, nextId: 1 };
}

/** Checks a stored draft; anything malformed gives null (the caller keeps the raw text). */
export function readDraft(v: unknown): AhpDraft | null {
  if (typeof v !== 'object' || v === null) return null;
  const d = v as Record<string, unknown>;
  if (!Array.isArray(d.participants) || d.participants.length === 0) return null;
  const participants: AhpParticipant[] = [];
  for (const p of d.participants) {
    if (typeof p !== 'object' || p === null) return null;
    const q = p as Record<string, unknown>;
    if (typeof q.id !== 'number' || typeof q.name !== 'string' || typeof q.judgements !== 'object' || !q.judgements)
      return null;
    const judgements: Record<string, number> = {};
    for (const [k, x] of Object.entries(q.judgements as Record<string, unknown>)) {
      if (typeof x !== 'number' || !Number.isFinite(x) || x < 1 / 9 - 1e-9 || x > 9 + 1e-9) return null;
      judgements[k] = x;
    }
    participants.push({ id: q.id, name: q.name, judgements });
  }
  const current = typeof d.current === 'number' && d.current >= 0 && d.current < participants.length ? d.current : 0;
  const nextId = Math.max(typeof d.nextId === 'number' ? d.nextId : 0, ...participants.map((p) => p.id + 1));
  return { participants, current, nextId };
}
