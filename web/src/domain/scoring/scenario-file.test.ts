import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from './scenario-file';

const root = resolve(import.meta.dirname, '../../../..');
const example = readFileSync(resolve(root, 'scenarios/coconut-processing-sulteng.json'), 'utf8');
const catalog = JSON.parse(readFileSync(resolve(root, 'public/data/catalog.json'), 'utf8')) as {
  indicators: { id: string }[];
};
const known = catalog.indicators.map((i) => i.id);

describe('readScenarioFile (the app and the CLI)', () => {
  it('reads the shipped example', () => {
    const r = readScenarioFile(example, known);
    expect(r.ok && r.scenario.name).toBe(JSON.parse(example).name);
    expect(r.ok && r.userData).toBeNull();
  });

  it('says why a file is not JSON, not a scenario, or names an unknown indicator', () => {
    expect(readScenarioFile('{"version": 1,', known)).toMatchObject({ ok: false, kind: 'json' });
    expect(readScenarioFile('[1, 2]', known)).toMatchObject({ ok: false, kind: 'scenario' });
    const s = JSON.parse(example);
    s.criteria[0].id = 'ind:no_such_indicator';
    const r = readScenarioFile(JSON.stringify(s), known);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.join(' ')).toContain('no_such_indicator');
  });

  it('knows the indicators its own user data brings, and refuses a damaged bundle', () => {
    const s = JSON.parse(example);
    s.criteria[0].id = 'ind:user_abc_x';
    const def = { id: 'user_abc_x', label: 'X', unit: 'u', year: '2025', source: 'uji', column: 'x' };
    const ok = readScenarioFile(
      JSON.stringify({ ...s, user_data: { version: 1, indicators: [def], edits: [], imports: [] } }),
      known,
    );
    expect(ok.ok, JSON.stringify(ok)).toBe(true);
    expect(readScenarioFile(JSON.stringify({ ...s, user_data: { version: 2 } }), known)).toMatchObject({
      ok: false,
      kind: 'user_data',
    });
  });
});
