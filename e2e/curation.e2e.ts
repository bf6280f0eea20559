import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { type AppPage, openScoring, rankedCodes, waitForRankingChange } from './app-page';
import { waitForData, waitForMap } from './browser';
import { browserPerFile } from './browser-per-file';

const baseUrl = inject('baseUrl');
let browser: Browser;
browserPerFile((b) => {
  browser = b;
});

const type = async (app: AppPage, code: string, text: string) => {
  const cell = app.page.getByTestId(`grid-cell-${code}`);
  await cell.fill(text);
  await cell.press('Tab'); // leaving the cell applies it
};

describe('curating values in the grid', () => {
  it('three typed values change the ranking, are marked, survive a reload and revert', async () => {
    const app = await openScoring(browser, baseUrl);
    const before = await rankedCodes(app);
    await app.page.getByTestId('tab-data').click();
    await app.page.getByTestId('grid-indicator').selectOption('kelapa_production');

    // Invalid entries are flagged and kept, never used.
    await type(app, '72.09', 'empat puluh ribu');
    await expect(app.page.getByTestId('grid-problem-72.09').textContent()).resolves.toMatch(/Bukan angka/);
    await expect(app.page.getByTestId('grid-cell-72.09').inputValue()).resolves.toBe('empat puluh ribu');
    await type(app, '72.02', '45.000');
    await expect(app.page.getByTestId('grid-problem-72.02').textContent()).resolves.toMatch(/sumber/i); // no source yet
    await type(app, '72.08', '60.000.000');
    await expect(app.page.getByTestId('grid-problem-72.08').textContent()).resolves.toMatch(/median/); // 100× outlier

    await app.page.getByTestId('grid-source').fill('Dinas Perkebunan Prov. Sulteng, paparan FGD (uji e2e)');
    await app.page.getByTestId('grid-year').fill('2025');
    await type(app, '72.09', '40.000');
    await type(app, '72.02', '45.000');
    await type(app, '72.08', '60.000');
    await app.page.waitForFunction(
      () => Object.keys(window.__atlasStores?.curation.getState().edits ?? {}).length === 3,
    );
    const head = await app.page.evaluate(() =>
      window.__atlasStores?.data.getState().observations?.headline('kelapa_production').get('72.08'),
    );
    expect(head?.value).toBe(60000);
    expect(head?.source_id).toMatch(/^edit:/);
    await expect(app.page.locator('.grid-table tr.edited').count()).resolves.toBe(3);

    await app.page.getByTestId('tab-scoring').click();
    const after = await waitForRankingChange(app, before, 15_000);
    expect(after).not.toEqual(before);
    await expect(app.page.getByTestId('typed-criterion').first().textContent()).resolves.toMatch(/3/);

    await app.page.reload();
    await waitForMap(app.page);
    await waitForData(app.page);
    await app.page.waitForFunction(
      () => Object.keys(window.__atlasStores?.curation.getState().edits ?? {}).length === 3,
    );
    await app.page.getByTestId('tab-data').click();
    await app.page.getByTestId('grid-indicator').selectOption('kelapa_production');
    await expect(app.page.locator('.grid-table tr.edited').count()).resolves.toBe(3);

    await app.page.getByTestId('grid-revert-all').click();
    await app.page.waitForFunction(
      () => Object.keys(window.__atlasStores?.curation.getState().edits ?? {}).length === 0,
    );
    const restored = await app.page.evaluate(
      () => window.__atlasStores?.data.getState().observations?.headline('kelapa_production').get('72.08') ?? null,
    );
    expect(restored).toBeNull(); // Parigi Moutong had no published coconut figure: back to "no data"
    await app.page.getByTestId('grid-undo').click(); // the revert is undoable too
    await app.page.waitForFunction(
      () => Object.keys(window.__atlasStores?.curation.getState().edits ?? {}).length === 3,
    );
    await app.page.getByTestId('grid-revert-all').click();
    await app.page.getByTestId('tab-scoring').click();
    await app.page.waitForSelector('[data-engine="ready"]');
    // The table re-mounts with the tab: wait for the reverted ranking itself, not just any change.
    await expect.poll(() => rankedCodes(app), { timeout: 15_000 }).toEqual(before);
    await app.closeChecked();
  }, 120_000);
});
