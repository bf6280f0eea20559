import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../domain/scoring/scenario-file';
import { decodeScenarioLink } from '../domain/scoring/share-link';
import { fieldErrorText } from './validation-text';

// Issue 15: validator messages were English in the Indonesian UI.
describe('validator findings in the interface language', () => {
  const zero = JSON.stringify({
    version: 1,
    name: 'x',
    scope: { provinces: ['72'] },
    method: 'wlc',
    top_n: 3,
    criteria: [
      { id: 'ind:pop_2024', direction: 'benefit', normalisation: { kind: 'minmax' }, weight: 0, missing: 'worst' },
    ],
    constraints: [],
  });

  it('all weights zero: Indonesian in the app, English for the CLI, the same field', () => {
    const id = readScenarioFile(zero, ['pop_2024'], (e) => fieldErrorText(e, 'id'));
    const en = readScenarioFile(zero, ['pop_2024']);
    expect(id.ok || id.errors).toEqual(['criteria: semua bobot nol: beri bobot pada sedikitnya satu kriteria']);
    expect(en.ok || en.errors).toEqual(['criteria: all weights are zero: give at least one criterion a weight']);
  });

  it('a damaged link, a wrong version and bad JSON say so in Indonesian, placeholders filled', () => {
    const damaged = decodeScenarioLink('#s=1.%%%');
    if (damaged.kind !== 'invalid') throw new Error('expected invalid');
    expect(damaged.errors.map((e) => fieldErrorText(e, 'id'))).toEqual([
      '(link): tautan rusak atau terpotong (skenarionya tidak dapat dibaca)',
    ]);
    const old = decodeScenarioLink('#s=9.abc');
    if (old.kind !== 'invalid') throw new Error('expected invalid');
    expect(fieldErrorText(old.errors[0] as never, 'id')).toMatch(
      /^\(link\): tautan versi 9 tidak didukung \(.*versi 1\)$/,
    );
    const bad = readScenarioFile('{', [], (e) => fieldErrorText(e, 'id'));
    expect(bad.ok || bad.errors[0]).toMatch(/^\(file\): berkas bukan JSON yang sah \(/);
  });
});
