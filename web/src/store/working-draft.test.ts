import { describe, expect, it } from 'vitest';
import example from '../../../scenarios/coconut-processing-sulteng.json';
import type { Scenario } from '../domain/scoring/scenario';
import { DAMAGED_KEY, readWorkingDraft, WORKING_KEY, writeWorkingDraft } from './working-draft';

const memory = () => {
  const m = new Map<string, string>();
  return { m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};
const scenario = { ...(example as Scenario), name: 'Skenario kerja FGD' };
const draft = { participants: [{ id: 0, name: 'Disperindag', judgements: { 'a\u241fb': 3 } }], current: 0, nextId: 1 };

describe('the working draft in browser storage', () => {
  it('round-trips the scenario and the AHP judgements', () => {
    const s = memory();
    expect(writeWorkingDraft(s, scenario, draft)).toBe(true);
    expect(readWorkingDraft(s)).toEqual({ scenario, ahpDraft: draft });
  });

  it('keeps a damaged draft aside instead of deleting it, and opens nothing from it', () => {
    const s = memory();
    s.setItem(WORKING_KEY, '{"version":1,"scenario":{"name":42}}');
    expect(readWorkingDraft(s)).toBeNull();
    expect(s.m.get(DAMAGED_KEY)).toBe('{"version":1,"scenario":{"name":42}}');
    s.setItem(WORKING_KEY, 'not json');
    expect(readWorkingDraft(s)).toBeNull();
    expect(s.m.get(DAMAGED_KEY)).toBe('not json');
  });

  it('reports a refused write (quota) instead of throwing', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(writeWorkingDraft(full, scenario, null)).toBe(false);
  });
});
