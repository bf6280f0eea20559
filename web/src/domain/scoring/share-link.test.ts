import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from './scenario';
import { decodeScenarioLink, encodeScenarioLink } from './share-link';

const example = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../scenarios/coconut-processing-sulteng.json'), 'utf8'),
) as Scenario;

describe('share links', () => {
  it('round-trip a scenario (non-ASCII names included) through a URL-safe fragment', () => {
    const s = { ...example, name: 'Sentra pengolahan kelapa — Sulawesi Tengah ✓' };
    const link = encodeScenarioLink(s);
    expect(link).toMatch(/^s=1\.[A-Za-z0-9_-]+$/);
    const back = decodeScenarioLink(`#${link}`);
    expect(back).toEqual({ kind: 'ok', scenario: s });
  });

  it('refuse tampered, truncated, outdated and invalid links with a reason', () => {
    const link = encodeScenarioLink(example);
    expect(decodeScenarioLink('#view=map').kind).toBe('none');
    expect(decodeScenarioLink(`#${link.slice(0, 40)}`).kind).toBe('invalid');
    const outdated = decodeScenarioLink(`#${link.replace('s=1.', 's=0.')}`);
    expect(outdated.kind === 'invalid' && outdated.errors[0]?.message).toMatch(/version 0/);
    const tampered = encodeScenarioLink({
      ...example,
      criteria: [{ ...(example.criteria[0] as Scenario['criteria'][0]), weight: -3 }],
    });
    const r = decodeScenarioLink(`#${tampered}`);
    expect(r.kind === 'invalid' && r.errors[0]?.field).toBe('criteria[0].weight');
    expect(decodeScenarioLink('#s=1.%%%').kind).toBe('invalid');
  });
});
