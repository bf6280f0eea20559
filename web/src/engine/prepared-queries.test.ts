import { describe, expect, it } from 'vitest';
import { type ArrowLike, type PreparedLike, preparedQueries } from './engine';

const table = (v: number): ArrowLike => ({
  numRows: 1,
  schema: { fields: [{ name: 'v' }] },
  getChild: () => ({ get: () => v }),
});

describe('preparedQueries', () => {
  it('prepares each text once, keeps the last `max`, and closes the ones it drops', async () => {
    const prepared: string[] = [];
    const closed: string[] = [];
    const run = preparedQueries(async (sql): Promise<PreparedLike> => {
      prepared.push(sql);
      return { query: (...p) => table(Number(p[0]) * 2), close: () => void closed.push(sql) };
    }, 2);
    expect(await run('a', [1])).toEqual([{ v: 2 }]);
    expect(await run('a', [5])).toEqual([{ v: 10 }]);
    await run('b', [1]);
    await run('a', [1]); // a is now the most recent
    await run('c', [1]); // drops b, the least recent
    await new Promise((r) => setTimeout(r, 0));
    expect(prepared).toEqual(['a', 'b', 'c']);
    expect(closed).toEqual(['b']);
  });

  it('prepares a failing statement once more, then reports the error', async () => {
    let attempts = 0;
    let healthy = false;
    const run = preparedQueries(async (): Promise<PreparedLike> => {
      attempts++;
      const ok = healthy;
      return {
        query: () => {
          if (!ok) throw new Error('Binder Error: table dropped');
          return table(1);
        },
        close: () => undefined,
      };
    });
    await expect(run('q', [])).rejects.toThrow(/Binder Error/);
    expect(attempts).toBe(2);
    healthy = true;
    expect(await run('q', [])).toEqual([{ v: 1 }]);
    expect(attempts).toBe(3);
  });
});
