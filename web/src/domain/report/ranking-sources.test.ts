import { describe, expect, it } from 'vitest';
import { rankingSources } from './ranking-sources';

describe('rankingSources', () => {
  it('cites only the values of the kab/kota ranked, each source once, years sorted', () => {
    const values = new Map([
      ['72.01', { year: '2025', source_id: 'a' }],
      ['72.03', { year: '2019/2020', source_id: 'b' }],
      ['72.04', { year: '2022', source_id: 'a' }],
      ['73.01', { year: '2022', source_id: 'elsewhere' }],
    ]);
    const got = rankingSources(['72.01', '72.03', '72.04', '72.05'], ['x', 'x', 'y'], (id) =>
      id === 'x' ? values : new Map(),
    );
    expect(got).toEqual({
      x: { withValue: 3, total: 4, years: ['2019/2020', '2022', '2025'], sourceIds: ['a', 'b'] },
      y: { withValue: 0, total: 4, years: [], sourceIds: [] },
    });
  });
});
