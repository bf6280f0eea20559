import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

describe('npm run cli -- score: the CSV cites what the ranking read', () => {
  it('a Sulawesi Tengah ranking cites the years and sources of Sulteng values, not the whole catalog', () => {
    const out = execFileSync(
      'npx',
      ['tsx', 'scripts/cli.ts', 'score', '--scenario', 'scenarios/coconut-processing-sulteng.json'],
      { cwd: root, encoding: 'utf8' },
    );
    const line = out.split('\n').find((l) => l.startsWith('# source of criterion 1:')) ?? '';
    expect(line).toContain('2/13 kab/kota of this ranking with a value; years 2019/2020, 2025;');
    expect(line).toContain('sulteng.antaranews.com');
    // Coconut values elsewhere (Sulbar, Selayar, Sumatera Selatan) are not this ranking's sources.
    for (const elsewhere of ['terassulbar', 'selayarnews', 'radarpalembang']) expect(out).not.toContain(elsewhere);
  }, 60_000);
});
