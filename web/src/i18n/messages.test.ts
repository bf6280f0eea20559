import { describe, expect, it } from 'vitest';
import { MESSAGE_PARTS, MESSAGES, translate } from './messages';

describe('messages', () => {
  it('has every key in both languages, non-empty, with the same placeholders', () => {
    const keys = Object.keys(MESSAGES.id) as (keyof typeof MESSAGES.id)[];
    expect(Object.keys(MESSAGES.en).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      expect(MESSAGES.id[k].length, k).toBeGreaterThan(0);
      expect(MESSAGES.en[k].length, k).toBeGreaterThan(0);
      const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(ph(MESSAGES.en[k]), k).toEqual(ph(MESSAGES.id[k]));
    }
  });

  it('defines each key in one feature file only (no file silently overrides another)', () => {
    const all = MESSAGE_PARTS.flatMap((p) => Object.keys(p.id));
    expect(all.length).toBe(new Set(all).size);
    expect(all.length).toBe(Object.keys(MESSAGES.id).length);
  });

  it('fills placeholders', () => {
    expect(translate('en', 'coverageInView', { n: 3, total: 13 })).toBe('3 of 13 kab/kota in this region have a value');
    expect(translate('id', 'coverageInView', { n: 3, total: 13 })).toBe(
      '3 dari 13 kab/kota di wilayah ini punya nilai',
    );
  });
});
