import { describe, expect, it } from 'vitest';
import { fromUpperTriangle } from '../weighting/ahp';
import { parseJudgementsFile } from './judgements-file';

const criteria = ['ind:a', 'ind:b', 'dist:port'];

describe('parseJudgementsFile', () => {
  it('accepts matching criteria and valid matrices', () => {
    const f = { version: 1, criteria, participants: [{ name: 'A', matrix: fromUpperTriangle(3, [3, 5, 3]) }] };
    expect(parseJudgementsFile(f, criteria).ok).toBe(true);
  });

  it('names what is wrong: other criteria, a non-reciprocal cell, a missing name', () => {
    const m = fromUpperTriangle(3, [3, 5, 3]);
    (m[2] as number[])[0] = 5; // should be 1/5
    const r = parseJudgementsFile(
      { version: 1, criteria: ['ind:a'], participants: [{ name: '', matrix: m }] },
      criteria,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const text = r.errors.map((e) => `${e.field}: ${e.message}`).join('\n');
      expect(text).toMatch(/criteria: must be exactly/);
      expect(text).toMatch(/participants\[0\]\.name/);
      expect(text).toMatch(/participants\[0\]\.matrix\[0\]\[2\].*reciprocal/);
    }
  });
});
