import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { type AppPage, openScoring, rankedCodes } from './app-page';
import { browserPerFile } from './browser-per-file';

const baseUrl = inject('baseUrl');
const root = resolve(import.meta.dirname, '..');
let browser: Browser;
browserPerFile((b) => {
  browser = b;
});

type Row = { kemendagri_code: string; rank: number | null; score: number | null; contributions: number[] | null };
const rows = (app: AppPage) =>
  app.page.evaluate(() => (window.__atlasStores?.scoring.getState().result?.rows ?? []) as unknown as Row[]);
const seq = (app: AppPage) => app.page.evaluate(() => window.__atlasStores?.scoring.getState().result?.seq ?? 0);
async function pick(app: AppPage, method: string) {
  const before = await seq(app);
  await app.page.getByTestId('method').selectOption(method);
  await app.page.waitForFunction(
    ([s, m]) => {
      const r = window.__atlasStores?.scoring.getState().result;
      return (r?.seq ?? 0) > (s as number) && r?.scenario.method === m;
    },
    [before, method] as const,
    { timeout: 15_000 },
  );
}

describe('non-compensatory methods in the app', () => {
  it('WPM: a candidate with one weighted criterion at 0 scores 0 and falls below every candidate without a 0', async () => {
    const app = await openScoring(browser, baseUrl);
    const wlc = await rankedCodes(app);
    await pick(app, 'wpm');
    await expect(app.page.getByTestId('wpm-bars-note').isVisible()).resolves.toBe(true);
    const ranked = (await rows(app)).filter((r) => r.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    const hasZero = (r: Row) => (r.contributions ?? []).some((f) => f === 0);
    const zero = ranked.filter(hasZero);
    const positive = ranked.filter((r) => !hasZero(r));
    expect(zero.length).toBeGreaterThan(0);
    for (const r of zero) expect(r.score).toBe(0);
    // Every product of positive factors is > 0, so ranks 1…k are exactly the candidates with no 0 factor.
    for (const r of positive) expect(r.score ?? 0).toBeGreaterThan(0);
    expect(ranked.slice(0, positive.length).map((r) => r.kemendagri_code)).toEqual(
      positive.map((r) => r.kemendagri_code),
    );
    const wpm = await rankedCodes(app);
    expect(wpm).not.toEqual(wlc);
    await app.closeChecked();
  });

  it('OWA: α = 1 ranks as WLC; α = 10 ("all must be good") ranks differently; the legend names α', async () => {
    const app = await openScoring(browser, baseUrl);
    const wlcScores = new Map((await rows(app)).map((r) => [r.kemendagri_code, r.score]));
    const wlc = await rankedCodes(app);
    await pick(app, 'owa');
    await expect(app.page.getByTestId('score-legend').textContent()).resolves.toContain('α = 2');
    const set = async (pos: number) => {
      const before = await seq(app);
      await app.page.getByTestId('owa-alpha').fill(String(pos));
      await app.page.waitForFunction((s) => (window.__atlasStores?.scoring.getState().result?.seq ?? 0) > s, before);
    };
    await set(5); // stop 5 = α 1
    for (const r of await rows(app))
      if (r.score !== null)
        expect(Math.abs(r.score - (wlcScores.get(r.kemendagri_code) ?? Number.NaN))).toBeLessThan(1e-9);
    expect(await rankedCodes(app)).toEqual(wlc);
    await set(10); // α 10
    await expect(app.page.getByTestId('score-legend').textContent()).resolves.toContain('α = 10');
    expect(await rankedCodes(app)).not.toEqual(wlc);
    await app.closeChecked();
  });

  it('the CLI with the same WPM scenario prints the same order as the browser', async () => {
    const app = await openScoring(browser, baseUrl);
    await pick(app, 'wpm');
    const browserOrder = await rankedCodes(app);
    await app.closeChecked();
    const base = JSON.parse(readFileSync(join(root, 'scenarios/coconut-processing-sulteng.json'), 'utf8'));
    const f = join(mkdtempSync(join(tmpdir(), 'wpm-')), 'wpm.json');
    writeFileSync(f, JSON.stringify({ ...base, method: 'wpm' }));
    const out = execFileSync('npx', ['tsx', 'scripts/cli.ts', 'score', '--scenario', f, '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
    });
    const cli = (JSON.parse(out) as { method: string; ranking: { kemendagri_code: string }[] }).ranking;
    expect(cli.map((r) => r.kemendagri_code)).toEqual(browserOrder);
  });
});

describe('objective weights beside the room’s', () => {
  it('entropy and CRITIC are shown beside the AHP weights, compared with one click, used and undone', async () => {
    const app = await openScoring(browser, baseUrl);
    const room = await app.page.evaluate(() =>
      window.__atlasStores?.scoring.getState().scenario.criteria.map((c) => c.weight),
    );
    const n = room?.length ?? 0;
    // The room's weights come from AHP: a consistent matrix putting criterion 1 first.
    await app.page.evaluate((k) => {
      const m = Array.from({ length: k }, (_, i) =>
        Array.from({ length: k }, (_, j) => (i === j ? 1 : i === 0 ? 3 : j === 0 ? 1 / 3 : 1)),
      );
      const st = window.__atlasStores?.scoring.getState();
      st?.applyAhp([60, 10, 10, 10, 10].slice(0, k), { participants: [{ name: 'Fasilitator', matrix: m }] });
    }, n);
    await app.page.getByTestId('objective-weights').locator('summary').click();
    await app.page.waitForSelector('[data-testid="objective-entropy-0"]');
    const col = (kind: string) =>
      app.page.$$eval(`[data-testid^="objective-${kind}-"]`, (tds) =>
        tds.map((td) => Number((td.textContent ?? '').replace(' %', '').replace(',', '.'))),
      );
    const entropy = await col('entropy');
    const critic = await col('critic');
    expect(entropy).toHaveLength(n);
    expect(Math.abs(entropy.reduce((a, b) => a + b, 0) - 100)).toBeLessThan(0.3);
    expect(Math.abs(critic.reduce((a, b) => a + b, 0) - 100)).toBeLessThan(0.3);
    expect(entropy).not.toEqual(critic);
    const before = await rankedCodes(app);
    await app.page.getByTestId('objective-compare-entropy').click();
    await app.page.waitForSelector('[data-testid="comparing"]');
    await expect(app.page.getByTestId('comparing').textContent()).resolves.toContain('Entropi');
    await app.page.waitForSelector('[data-testid="shift-cell"]');
    // Use the entropy weights: the ranking says so, the sliders rest, the shares are entropy's.
    const s0 = await seq(app);
    await app.page.getByTestId('objective-use-entropy').click();
    await app.page.waitForFunction((s) => {
      const r = window.__atlasStores?.scoring.getState().result;
      return (r?.seq ?? 0) > s && r?.scenario.weights_from === 'entropy';
    }, s0);
    await expect(app.page.getByTestId('objective-in-use').isVisible()).resolves.toBe(true);
    await expect(app.page.getByTestId('weight-0').isDisabled()).resolves.toBe(true);
    const share0 = await app.page.getByTestId('share-0').textContent();
    expect(share0).toContain(`${Math.round(entropy[0] ?? 0)} %`);
    // Back to the room: the AHP-derived weights are still there.
    await app.page.getByRole('button', { name: 'Kembali ke bobot ruangan' }).click();
    await app.page.waitForFunction(() => window.__atlasStores?.scoring.getState().scenario.weights_from === undefined);
    const after = await app.page.evaluate(() =>
      window.__atlasStores?.scoring.getState().scenario.criteria.map((c) => c.weight),
    );
    expect(after?.[0]).toBeGreaterThan(after?.[1] ?? 100);
    expect(before.length).toBeGreaterThan(0);
    await app.closeChecked();
  });
});
