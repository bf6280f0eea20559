import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../domain/scoring/scenario';
import { DAMAGED_KEY, deleteSaved, loadSaved, saveScenario } from './saved-scenarios';

const example = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../scenarios/coconut-processing-sulteng.json'), 'utf8'),
) as Scenario;

function memoryStorage(initial?: string) {
  const m = new Map<string, string>(initial ? [['sentra-atlas:scenarios', initial]] : []);
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    keys: () => [...m.keys()],
  };
}

describe('saved scenarios', () => {
  it('save, replace by name, delete', () => {
    const st = memoryStorage();
    saveScenario(st, example, new Date('2026-11-22T10:00:00Z'));
    saveScenario(st, { ...example, name: 'B' }, new Date('2026-11-22T10:01:00Z'));
    saveScenario(st, { ...example, top_n: 5 }, new Date('2026-11-22T10:02:00Z'));
    const { saved } = loadSaved(st);
    expect(saved.map((s) => s.name)).toEqual(['B', example.name]);
    expect(saved[1]?.scenario.top_n).toBe(5);
    expect(deleteSaved(st, 'B').saved.map((s) => s.name)).toEqual([example.name]);
  });

  it('skips corrupted entries and survives a corrupted store', () => {
    const st = memoryStorage(
      JSON.stringify([
        { name: 'ok', savedAt: 'x', scenario: example },
        { name: 'bad', savedAt: 'x', scenario: { version: 9 } },
      ]),
    );
    expect(loadSaved(st)).toMatchObject({ skipped: 1 });
    expect(loadSaved(st).saved.map((s) => s.name)).toEqual(['ok']);
    expect(loadSaved(memoryStorage('{not json'))).toEqual({ saved: [], skipped: 1 });
  });

  it('a save keeps the damaged entries, and moves an unreadable store aside instead of overwriting it (issue 19)', () => {
    const bad = { name: 'bad', savedAt: 'x', scenario: { version: 9 } };
    const st = memoryStorage(JSON.stringify([bad]));
    const out = saveScenario(st, example, new Date('2026-12-03T10:00:00Z'));
    expect(out).toMatchObject({ ok: true, skipped: 1 });
    expect(JSON.parse(st.getItem('sentra-atlas:scenarios') ?? '[]')[0]).toEqual(bad);
    expect(deleteSaved(st, example.name).ok).toBe(true);
    expect(JSON.parse(st.getItem('sentra-atlas:scenarios') ?? '[]')).toEqual([bad]);
    const broken = memoryStorage('{not json');
    saveScenario(broken, example, new Date());
    const keys = broken.keys();
    expect(keys.some((k) => k.startsWith(DAMAGED_KEY) && broken.getItem(k) === '{not json')).toBe(true);
  });

  it('a full storage is an answer, not an exception, and the list stays as it was', () => {
    const st = memoryStorage();
    saveScenario(st, example, new Date());
    const full = {
      getItem: st.getItem,
      setItem: () => {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      },
    };
    const out = saveScenario(full, { ...example, name: 'B' }, new Date());
    expect(out).toMatchObject({ ok: false, reason: 'full' });
    expect(out.saved.map((s) => s.name)).toEqual([example.name]);
  });
});
