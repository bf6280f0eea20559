import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from './build';

const root = resolve(import.meta.dirname, '../..');

describe('npm run data', () => {
  // One build shared by the assertions (it takes a few seconds).
  const first = buildData(root);

  it('is deterministic: a second run gives identical bytes', () => {
    const second = buildData(root);
    expect(Object.keys(second.files)).toEqual(Object.keys(first.files));
    for (const [name, text] of Object.entries(first.files)) expect(second.files[name] === text, name).toBe(true);
    expect(second.report).toBe(first.report);
  });

  it('matches what is committed in public/data (no stale data ships)', () => {
    for (const [name, text] of Object.entries(first.files)) {
      const committed = readFileSync(resolve(root, 'public/data', name), 'utf8');
      expect(committed === text, `public/data/${name} is stale: run npm run data`).toBe(true);
    }
    expect(readFileSync(resolve(root, 'data/build-report.md'), 'utf8')).toBe(first.report);
  });

  it('keeps the national boundaries within 1 MB gzip', () => {
    const row = first.report.split('\n').find((l) => l.startsWith('| regions.topo.json'));
    const gzipKb = Number(row?.split('|')[3]?.replace('KB', '').trim());
    expect(gzipKb).toBeGreaterThan(100);
    expect(gzipKb).toBeLessThan(1024);
  });
}, 60_000);
