import { describe, expect, it } from 'vitest';
import { formatNumber, formatYears } from './format';

describe('formatNumber', () => {
  it('uses Indonesian separators in Bahasa Indonesia and English ones in English', () => {
    expect(formatNumber(28453, 'id')).toBe('28.453');
    expect(formatNumber(28453, 'en')).toBe('28,453');
    expect(formatNumber(1234.5, 'id')).toBe('1.235');
    expect(formatNumber(12.5, 'id')).toBe('12,5');
    expect(formatNumber(12.5, 'en')).toBe('12.5');
    expect(formatNumber(0, 'en')).toBe('0');
    expect(formatNumber(0.0123, 'en')).toBe('0.0123');
  });

  it('names unstated years', () => {
    expect(formatYears(['2019', ''], 'not stated')).toBe('2019; not stated');
  });
});
