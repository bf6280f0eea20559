import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pollInPage, waitForData, waitForMap } from './browser';
import { browserPerFile } from './browser-per-file';
import { serveStatic } from './static-server';

const baseUrl = inject('baseUrl');
let browser: Browser;
browserPerFile((b) => {
  browser = b;
});

describe('installable offline app', () => {
  it('after one visit, a reload with the network gone shows the map and a working ranking', async () => {
    // No request routing here: Playwright does not route what a service worker fetches.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(baseUrl);
    await waitForMap(page);
    await page.getByTestId('tab-scoring').click();
    await page.waitForSelector('[data-engine="ready"]', { timeout: 60_000 });
    // The worker controls the page and the DuckDB wasm it used is in the cache.
    await pollInPage(
      page,
      async () => {
        if (!navigator.serviceWorker.controller) return false;
        const keys = await (await caches.open('sentra-atlas-runtime')).keys();
        return keys.some((r) => r.url.endsWith('.wasm'));
      },
      60_000,
    );
    const manifest = await page.evaluate(async () => (await fetch('./manifest.webmanifest')).json());
    expect(manifest.name).toBe('Sentra Atlas');

    await context.setOffline(true);
    await page.reload();
    await waitForMap(page);
    await waitForData(page);
    await page.getByTestId('tab-scoring').click();
    await page.waitForSelector('[data-engine="ready"], [data-engine="error"]', { timeout: 90_000 });
    const engine = await page.evaluate(() => window.__atlasStores?.scoring.getState());
    expect([engine?.engine, engine?.engineError]).toEqual(['ready', null]);
    await page.waitForSelector('[data-testid="ranking"] tbody tr');
    const before = await page.$$eval('[data-testid="ranking"] tbody tr', (trs) =>
      trs.map((tr) => tr.getAttribute('data-code')),
    );
    expect(before.length).toBeGreaterThan(5);
    await page.getByTestId('weight-4').fill('300');
    await page.waitForFunction(
      (b) =>
        [...document.querySelectorAll('[data-testid="ranking"] tbody tr')]
          .map((tr) => tr.getAttribute('data-code'))
          .join() !== b,
      before.join(),
      { timeout: 15_000 },
    );
    expect(await page.locator('[data-data-status="done"]').count()).toBe(1);
    expect(await page.getByTestId('data-errors').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 150_000);

  it('offers a reload when a new version is deployed, and reloads into it', async () => {
    // A copy of the site that can be "redeployed" by changing its service worker.
    const dir = mkdtempSync(join(tmpdir(), 'atlas-site-'));
    cpSync(resolve(import.meta.dirname, '../dist'), dir, { recursive: true });
    const { server, url } = await serveStatic(dir);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(url);
      await waitForMap(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
      expect(await page.getByTestId('update-banner').count()).toBe(0);
      appendFileSync(join(dir, 'sw.js'), '\n// redeployed\n');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await page.getByTestId('update-banner').waitFor({ timeout: 30_000 });
      await Promise.all([page.waitForEvent('load'), page.getByTestId('update-banner').getByRole('button').click()]);
      await waitForMap(page);
      expect(await page.getByTestId('update-banner').count()).toBe(0);
    } finally {
      await context.close();
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
