import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { type AppPage, openScoring } from './app-page';
import { browserPerFile } from './browser-per-file';

// The shipped Sulawesi Tengah example as a planner would see it: which figures are reported,
// which were filled in, and which ranks are only a tie order.
const baseUrl = inject('baseUrl');
let browser: Browser;
browserPerFile((b) => {
  browser = b;
});

const seqOf = (app: AppPage) => app.page.evaluate(() => window.__atlasStores?.scoring.getState().result?.seq ?? 0);
async function settle(app: AppPage, after: number) {
  await app.page.waitForFunction((s) => (window.__atlasStores?.scoring.getState().result?.seq ?? 0) > s, after, {
    timeout: 15_000,
  });
  await app.page.waitForTimeout(300);
}

describe('a ranking a planner can defend', () => {
  it('shows the coverage line and marks imputed cells; the scenario description is shown', async () => {
    const app = await openScoring(browser, baseUrl);
    const lines = app.page.getByTestId('coverage-lines');
    await expect(lines.textContent()).resolves.toContain(
      'Produksi kelapa: 2 dari 12 kandidat punya nilai; 10 diisi nilai terburuk.',
    );
    await expect(lines.locator('li.thin').count()).resolves.toBe(1);
    // Ten candidates carry a mark for coconut, Banggai and Donggala none.
    await expect(app.page.getByTestId('imputed-mark').count()).resolves.toBe(10);
    await expect(app.page.locator('tr[data-code="72.03"] [data-testid="imputed-mark"]').count()).resolves.toBe(0);
    await expect(
      app.page.locator('tr[data-code="72.02"] [data-testid="imputed-mark"]').textContent(),
    ).resolves.toContain('tanpa data');
    await expect(app.page.getByTestId('scenario-description').textContent()).resolves.toContain(
      'hanya Banggai dan Donggala',
    );
    await expect(app.page.getByTestId('thin-criterion').count()).resolves.toBe(1);
    await app.closeChecked();
  });

  it('coconut at 100 %: the other eleven share ranks 2–12 and none is called stable', async () => {
    const app = await openScoring(browser, baseUrl);
    for (const i of [1, 2, 3, 4]) {
      const seq = await seqOf(app);
      await app.page.getByTestId(`weight-${i}`).fill('0');
      await settle(app, seq);
    }
    const ranks = await app.page.$$eval('[data-testid="rank-cell"]', (tds) => tds.map((td) => td.textContent));
    expect(ranks[0]).toBe('1');
    expect(ranks.slice(1)).toEqual(Array(11).fill('=2'));
    await expect(app.page.getByTestId('tie-line').textContent()).resolves.toContain(
      '11 kandidat seri di peringkat 2–12',
    );
    await app.page.waitForSelector('tr[data-code="72.02"] [data-testid="stability-cell"] .badge');
    const poso = app.page.locator('tr[data-code="72.02"] [data-testid="stability-cell"] .badge');
    await expect(poso.getAttribute('data-level')).resolves.toBe('tied');
    await expect(poso.textContent()).resolves.not.toContain('stabil');
    const levels = await app.page.$$eval('[data-testid="stability-cell"] .badge', (bs) =>
      bs.map((b) => b.getAttribute('data-level')),
    );
    expect(levels.filter((l) => l === 'stable')).toHaveLength(1); // Banggai alone
    await app.closeChecked();
  });

  it('a distance criterion is added as cost (nearer is better)', async () => {
    const app = await openScoring(browser, baseUrl);
    const seq = await seqOf(app);
    await app.page.getByTestId('add-criterion').selectOption('dist:kek');
    await settle(app, seq);
    const dir = await app.page.evaluate(
      () => window.__atlasStores?.scoring.getState().scenario.criteria.find((c) => c.id === 'dist:kek')?.direction,
    );
    expect(dir).toBe('cost');
    await app.closeChecked();
  });

  it('beside each weight range, the range if the missing data were known; and the chance of each rank', async () => {
    const app = await openScoring(browser, baseUrl);
    const poso = app.page.locator('tr[data-code="72.02"] [data-testid="missing-range"]');
    await poso.waitFor({ timeout: 20_000 });
    // Poso has no coconut figure: known, it could rank anywhere from near the top to its current place or below.
    const text = (await poso.textContent()) ?? '';
    const [lo, hi] = (/(\d+)–(\d+)/.exec(text) ?? []).slice(1).map(Number) as [number, number];
    const rank = Number(
      await app.page
        .locator('tr[data-code="72.02"] td')
        .first()
        .textContent()
        .then((t) => t?.replace(/\D+/g, '')),
    );
    expect(lo).toBeLessThanOrEqual(rank);
    expect(hi).toBeGreaterThanOrEqual(rank);
    expect(hi - lo).toBeGreaterThanOrEqual(3);
    await app.page.getByTestId('acceptability').locator('summary').click();
    const rows = app.page.locator('[data-testid="acceptability"] tbody tr');
    await expect(rows.count()).resolves.toBe(12);
    // Banggai Laut reports no coconut: once its value is drawn (half the time Banggai's), it is
    // first in a large share of draws — the ranking's head rests on missing data, and this says so.
    const bl = Number(
      (
        await rows.locator('xpath=.').filter({ hasText: 'Banggai Laut' }).first().locator('td').first().textContent()
      )?.trim(),
    );
    expect(bl).toBeGreaterThanOrEqual(20);
    await app.closeChecked();
  });

  it('two criteria against each other: drawn with Plot, missing values counted and not drawn, saved as SVG', async () => {
    const app = await openScoring(browser, baseUrl);
    await app.page.getByTestId('criteria-scatter').locator('summary').click();
    // Coconut production (X) against distance to port (Y): only Banggai and Donggala report coconut.
    await app.page.getByTestId('scatter-plot').locator('svg').first().waitFor({ timeout: 20_000 });
    await expect(app.page.getByTestId('scatter-note').textContent()).resolves.toContain('2 kab/kota digambar');
    await expect(app.page.getByTestId('scatter-note').textContent()).resolves.toContain('10 tanpa nilai');
    await app.page.getByTestId('scatter-x').selectOption('1');
    await expect(app.page.getByTestId('scatter-note').textContent()).resolves.toContain('12 kab/kota digambar');
    const [dl] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('scatter-svg').click()]);
    expect(dl.suggestedFilename()).toBe('dua-kriteria.svg');
    await app.closeChecked();
  });

  it('a criterion that fewer than half the candidates have is flagged the moment it is added', async () => {
    const app = await openScoring(browser, baseUrl);
    await app.page.getByTestId('add-criterion').selectOption('per_km2:kelapa_production');
    const notice = app.page.getByTestId('thin-added');
    await notice.waitFor({ timeout: 15_000 });
    await expect(notice.textContent()).resolves.toContain('hanya 2 dari 12 kandidat punya nilai');
    await notice.getByRole('button').click();
    await expect(app.page.getByTestId('thin-added').count()).resolves.toBe(0);
    await app.closeChecked();
  });
});
