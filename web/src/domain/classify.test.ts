import { describe, expect, it } from 'vitest';
import { classOf, computeBreaks } from './classify';

describe('computeBreaks', () => {
  it('gives each value its own class when there are few distinct values', () => {
    const b = computeBreaks([0, 0, 0, 1, 2, 0]);
    expect(b).toEqual({ lower: [0, 1, 2], upper: [0, 1, 2], exact: true });
    expect(classOf(0, b)).toBe(0);
    expect(classOf(2, b)).toBe(2);
  });

  it('splits many values into quantile classes that cover the range without gaps', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    const b = computeBreaks(values);
    expect(b.lower).toEqual([1, 21, 41, 61, 81]);
    expect(b.upper).toEqual([21, 41, 61, 81, 100]);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classOf(v, b)] = (counts[classOf(v, b)] ?? 0) + 1;
    expect(counts).toEqual([20, 20, 20, 20, 20]);
  });

  it('never makes empty classes from ties', () => {
    const b = computeBreaks([0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6]);
    for (let i = 1; i < b.lower.length; i++) expect(b.lower[i]).toBeGreaterThan(b.lower[i - 1] as number);
    expect(classOf(0, b)).toBe(0);
  });

  it('treats a missing value as no data (-1), never as zero', () => {
    const b = computeBreaks([5, 10]);
    expect(classOf(undefined, b)).toBe(-1);
    expect(classOf(Number.NaN, b)).toBe(-1);
    expect(computeBreaks([]).lower).toEqual([]);
  });
});
