import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { AppPage, openScoring as openScoringAt, rankedCodes } from './app-page';
import { waitForData, waitForMap } from './browser';
import { browserPerFile } from './browser-per-file';

const baseUrl = inject('baseUrl');
const openScoring = (url: string = baseUrl) => openScoringAt(browser, url);
let browser: Browser;
browserPerFile((b) => {
  browser = b;
});

describe('scenarios: share links and saved scenarios', () => {
  it('a share link opened in a fresh browser context gives the same ranking', async () => {
    const app = await openScoring();
    const seq = await app.page.evaluate(() => window.__atlasStores?.scoring.getState().result?.seq ?? 0);
    await app.page.getByTestId('weight-4').fill('100');
    await app.page.waitForFunction((s) => (window.__atlasStores?.scoring.getState().result?.seq ?? 0) > s, seq);
    await app.page.waitForTimeout(300);
    const expected = await rankedCodes(app);
    await app.page.getByTestId('make-share-link').click();
    const link = await app.page.getByTestId('share-link').inputValue();
    expect(link).toMatch(/#s=1\./);
    await app.closeChecked();

    const fresh = await openScoring(link); // a new context: no storage, no state
    await fresh.page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="ranking"] tbody tr').length === n,
      expected.length,
    );
    expect(await rankedCodes(fresh)).toEqual(expected);
    await expect(fresh.page.getByTestId('share-4').textContent()).resolves.toContain('54 %');
    await fresh.closeChecked();
  });

  it('a tampered link opens the app in a safe state, says why, and leaves saved scenarios untouched', async () => {
    const app = await AppPage.open(browser, `${baseUrl}#s=1.eyJ2ZXJzaW9uIjoxLCJuYW1lIjoieCJ9`, {
      before: async (page) => {
        const saved = [
          {
            name: 'Disimpan sebelumnya',
            savedAt: '2026-11-22T08:00:00.000Z',
            scenario: {
              version: 1,
              name: 'Disimpan sebelumnya',
              scope: { provinces: ['72'] },
              method: 'wlc',
              criteria: [
                {
                  id: 'ind:pop_2024',
                  direction: 'benefit',
                  normalisation: { kind: 'minmax' },
                  weight: 1,
                  missing: 'worst',
                },
              ],
              constraints: [],
              top_n: 3,
            },
          },
        ];
        await page.addInitScript((v) => localStorage.setItem('sentra-atlas:scenarios', v), JSON.stringify(saved));
      },
    });
    const msg = app.page.getByTestId('link-error');
    await msg.waitFor({ timeout: 30_000 });
    const text = await msg.textContent();
    expect(text).toContain('Tautan skenario tidak dapat dipakai');
    expect(text).toContain('criteria');
    // The validator's words in the interface language, not English.
    expect(text).not.toMatch(/must be|is not|unknown/);
    await app.page.waitForSelector('[data-engine="ready"]', { timeout: 60_000 });
    await app.page.waitForSelector('[data-testid="ranking"] tbody tr');
    expect((await rankedCodes(app))[0]).toBe('72.01'); // the example scenario
    await expect(app.page.getByTestId('link-error').count()).resolves.toBe(1); // still explained
    await expect(app.page.getByTestId('scoring-message').count()).resolves.toBe(0);
    await expect(app.page.getByTestId('saved-list').textContent()).resolves.toContain('Disimpan sebelumnya');
    const stored = await app.page.evaluate(() => localStorage.getItem('sentra-atlas:scenarios') ?? '');
    expect(stored).toContain('Disimpan sebelumnya');
    await app.closeChecked();
  });

  it('compares two scenarios side by side: rank-shift table and difference map', async () => {
    const app = await openScoring();
    await app.page.getByTestId('save-scenario').click(); // B = the example as it is now
    const seq = await app.page.evaluate(() => window.__atlasStores?.scoring.getState().result?.seq ?? 0);
    await app.page.getByTestId('weight-4').fill('100'); // A = density-heavy variant
    await app.page.waitForFunction((s) => (window.__atlasStores?.scoring.getState().result?.seq ?? 0) > s, seq);
    await app.page.getByTestId('compare-saved').first().click();
    await app.page.getByTestId('comparing').waitFor();
    const shifts = await app.page.locator('[data-testid="shift-cell"]').allTextContents();
    expect(shifts.length).toBe(12);
    expect(shifts.some((x) => /[▲▼]/.test(x))).toBe(true);
    await expect(app.page.getByTestId('score-legend').textContent()).resolves.toContain('Perubahan peringkat');
    await app.closeChecked();
  });

  it('a saved scenario survives a reload and opens again', async () => {
    const app = await openScoring();
    await app.page.getByTestId('scenario-name').fill('FGD Palu — putaran 1');
    await app.page.getByTestId('save-scenario').click();
    await app.page.reload();
    await waitForMap(app.page);
    await waitForData(app.page);
    await app.page.getByTestId('tab-scoring').click();
    const list = app.page.getByTestId('saved-list');
    await list.waitFor();
    await expect(list.textContent()).resolves.toContain('FGD Palu — putaran 1');
    await app.closeChecked();
  });
});
