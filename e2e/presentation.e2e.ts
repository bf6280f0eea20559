import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { AppPage } from './app-page';
import { browserPerFile } from './browser-per-file';

const baseUrl = inject('baseUrl');
let browser: Browser;
browserPerFile((b) => {
  browser = b;
});

const example = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../scenarios/coconut-processing-sulteng.json'), 'utf8'),
);
const variant = (name: string, weights: number[]) => ({
  ...example,
  name,
  criteria: example.criteria.map((c: { weight: number }, i: number) => ({ ...c, weight: weights[i] ?? 0 })),
});

describe('presentation mode', () => {
  it('steps through saved scenarios with the keyboard and highlights a kab/kota', async () => {
    const saved = [
      {
        name: 'A: dekat pelabuhan',
        savedAt: '2026-11-22T08:00:00.000Z',
        scenario: variant('A: dekat pelabuhan', [0, 0, 100, 0, 0]),
      },
      {
        name: 'B: bahan baku',
        savedAt: '2026-11-22T08:05:00.000Z',
        scenario: variant('B: bahan baku', [100, 0, 0, 0, 0]),
      },
    ];
    const app = await AppPage.open(browser, baseUrl, {
      before: async (page) => {
        await page.addInitScript((s) => localStorage.setItem('sentra-atlas:scenarios', s), JSON.stringify(saved));
      },
    });
    await app.page.setViewportSize({ width: 1280, height: 720 });
    await app.page.getByTestId('present-button').click();
    await app.page.getByTestId('presentation-bar').waitFor();
    await app.page.waitForSelector('[data-testid="present-ranking"] li', { timeout: 60_000 });
    const title = () => app.page.getByTestId('presentation-title').textContent();
    const ranked = () => app.page.evaluate(() => window.__atlasStores?.scoring.getState().result?.scenario.name);
    const top = () => app.page.locator('[data-testid="present-ranking"] li').first().getAttribute('data-code');
    await expect(app.page.getByTestId('slide-count').textContent()).resolves.toMatch(/1\/3/);
    expect(await title()).toBe(example.name);

    await app.page.keyboard.press('ArrowRight');
    await expect.poll(title).toBe('A: dekat pelabuhan');
    await expect(app.page.getByTestId('slide-count').textContent()).resolves.toMatch(/2\/3/);
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(title).toBe('B: bahan baku');
    // Only coconut production counts in B: Banggai, the largest reported producer, ranks first.
    await expect.poll(top, { timeout: 15_000 }).toBe('72.01');
    await app.page.keyboard.press('ArrowLeft');
    await expect.poll(title).toBe('A: dekat pelabuhan');
    await expect.poll(ranked, { timeout: 15_000 }).toBe('A: dekat pelabuhan'); // the ranking on screen is A's

    const second = app.page.locator('[data-testid="present-ranking"] li button').nth(1);
    const rank = await second.locator('.rank').textContent();
    await second.click();
    await expect(app.page.getByTestId('highlighted').textContent()).resolves.toContain(`#${rank}`);

    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.getByTestId('presentation-bar').count()).toBe(0);
    expect(await app.page.getByTestId('about-button').count()).toBe(1);
    expect(app.errors).toEqual([]);
    expect(app.offOrigin.urls).toEqual([]);
    await app.close();
  }, 120_000);
});
