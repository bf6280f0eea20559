import { describe, expect, it } from 'vitest';
import { judgementOf, newDraft, participantFromMatrix, readDraft, upperFor, withJudgement } from './ahp-draft';

describe('AHP judgements keyed by criterion ids', () => {
  const ids = ['ind:a', 'ind:b', 'dist:port'];
  const p = withJudgement(
    withJudgement(newDraft('P1').participants[0] as never, 'ind:a', 'ind:b', 3),
    'dist:port',
    'ind:a',
    5,
  );

  it('reads a judgement both ways and defaults to equal', () => {
    expect(judgementOf(p, 'ind:a', 'ind:b')).toBe(3);
    expect(judgementOf(p, 'ind:b', 'ind:a')).toBeCloseTo(1 / 3, 12);
    expect(judgementOf(p, 'ind:a', 'dist:port')).toBeCloseTo(1 / 5, 12);
    expect(judgementOf(p, 'ind:b', 'dist:port')).toBe(1);
    expect(upperFor(p, ids)).toEqual([3, 1 / 5, 1]);
  });

  it('keeps the judgements of the remaining criteria when one is removed, added or reordered', () => {
    expect(upperFor(p, ['ind:a', 'ind:b'])).toEqual([3]);
    expect(upperFor(p, ['ind:b', 'ind:a', 'ind:new'])).toEqual([1 / 3, 1, 1]);
    expect(upperFor(p, ['dist:port', 'ind:a'])).toEqual([5]);
  });

  it('round-trips a full matrix', () => {
    const m = [
      [1, 3, 1 / 5],
      [1 / 3, 1, 1],
      [5, 1, 1],
    ];
    expect(upperFor(participantFromMatrix(4, 'X', ids, m), ids)).toEqual([3, 1 / 5, 1]);
  });

  it('refuses a malformed stored draft instead of guessing', () => {
    expect(readDraft(null)).toBeNull();
    expect(readDraft({ participants: [] })).toBeNull();
    expect(readDraft({ participants: [{ id: 0, name: 'a', judgements: { k: 42 } }] })).toBeNull();
    expect(readDraft({ participants: [{ id: 3, name: 'a', judgements: { k: 2 } }], current: 9 })).toEqual({
      participants: [{ id: 3, name: 'a', judgements: { k: 2 } }],
      current: 0,
      nextId: 4,
    });
  });
});
