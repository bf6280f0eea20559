import { describe, expect, it } from 'vitest';
import { pickHeadline, yearSortKey } from './year';

describe('yearSortKey', () => {
  it('reads the latest year from the free-text forms the sources use', () => {
    expect(yearSortKey('2019')).toBe(2019);
    expect(yearSortKey('2019/2020')).toBe(2020);
    expect(yearSortKey('~2017/2018')).toBe(2018);
    expect(yearSortKey('2016 (stated 2016-09)')).toBe(2016);
    expect(yearSortKey('2021 Q1')).toBe(2021);
    expect(yearSortKey('')).toBeNull();
    expect(yearSortKey('WPI edition in repo (file dated 2025)')).toBe(2025);
  });
});

describe('pickHeadline', () => {
  it('prefers the latest year, then source order; unstated years rank last', () => {
    const obs = [
      { id: 'a', year: '' },
      { id: 'b', year: '2022' },
      { id: 'c', year: '2018' },
      { id: 'd', year: '2022' },
    ];
    expect(pickHeadline(obs)?.id).toBe('b');
    expect(pickHeadline([{ id: 'x', year: '' }])?.id).toBe('x');
    expect(pickHeadline([])).toBeUndefined();
  });
});
