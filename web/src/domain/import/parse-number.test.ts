import { describe, expect, it } from 'vitest';
import { detectNumberStyle, parseNumber } from './parse-number';

const v = (t: string, s: 'id' | 'en') => {
  const p = parseNumber(t, s);
  return p.ok ? p.value : 'invalid';
};

describe('parseNumber', () => {
  it('reads Indonesian thousands and decimals', () => {
    expect(v('28.453', 'id')).toBe(28453);
    expect(v('1.234,5', 'id')).toBe(1234.5);
    expect(v('3.219.494', 'id')).toBe(3219494);
    expect(v('12,75', 'id')).toBe(12.75);
    expect(v('-1.000', 'id')).toBe(-1000);
  });
  it('reads English thousands and decimals', () => {
    expect(v('28.453', 'en')).toBe(28.453);
    expect(v('1,234.5', 'en')).toBe(1234.5);
    expect(v('461,576', 'en')).toBe(461576);
  });
  it('keeps blank and dash cells as no value, never zero', () => {
    for (const t of ['', ' ', '-', '–', '...', 'n/a', 'NA']) expect(v(t, 'id')).toBeNull();
    expect(v('0', 'id')).toBe(0);
  });
  it('refuses text and malformed groups', () => {
    expect(v('abc', 'id')).toBe('invalid');
    expect(v('1.23.4', 'id')).toBe('invalid');
    expect(v('12 ton', 'en')).toBe('invalid');
    expect(v('1,2,3', 'id')).toBe('invalid');
  });
});

describe('detectNumberStyle', () => {
  it('decides from cells only one style can write', () => {
    expect(detectNumberStyle(['130.008', '2.378,048'], 'en')).toEqual({ style: 'id', certain: true });
    expect(detectNumberStyle(['2378.048', '130,008'], 'id')).toEqual({ style: 'en', certain: true });
  });
  it('falls back, flagged uncertain, when every cell is ambiguous', () => {
    expect(detectNumberStyle(['28.453', '130.008'], 'id')).toEqual({ style: 'id', certain: false });
  });
});
