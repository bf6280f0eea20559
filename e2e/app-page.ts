import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { expect } from 'vitest';
import { blockOffOrigin, type OffOrigin, waitForData, waitForMap } from './browser';

/** A page object for the dashboard: one fresh context per test, off-origin requests counted. */
export class AppPage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly offOrigin: OffOrigin,
    readonly errors: string[],
  ) {}

  static async open(
    browser: Browser,
    baseUrl: string,
    opts: { lang?: 'en'; before?: (p: Page) => Promise<void> } = {},
  ) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const off = await blockOffOrigin(page, new URL(baseUrl).origin);
    // Every Content-Security-Policy violation is recorded: the shipped policy must hold.
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    if (opts.lang) await page.addInitScript((l) => localStorage.setItem('sentra-atlas:lang', l), opts.lang);
    if (opts.before) await opts.before(page);
    await page.goto(baseUrl);
    await waitForMap(page);
    await waitForData(page);
    return new AppPage(context, page, off, errors);
  }

  /** Screen position (page coordinates) of a lon/lat on the map. */
  async screenPoint(lon: number, lat: number): Promise<{ x: number; y: number }> {
    const local = await this.page.evaluate(([x, y]) => window.__atlas?.project(x as number, y as number), [lon, lat]);
    const box = await this.page.locator('[data-testid="map"]').boundingBox();
    if (!local || !box) throw new Error('map not ready');
    return { x: box.x + local.x, y: box.y + local.y };
  }

  async clickMap(lon: number, lat: number): Promise<void> {
    const p = await this.screenPoint(lon, lat);
    await this.page.mouse.click(p.x, p.y);
  }

  /**
   * The most common colour in a 7×7 block `dy` pixels below a map position (a kab/kota label
   * sits on its label point, so the fill is sampled just below it).
   */
  async colourAt(lon: number, lat: number, dy = 22): Promise<[number, number, number]> {
    const p = await this.screenPoint(lon, lat);
    const png = await this.page.screenshot({ clip: { x: p.x - 3, y: p.y + dy - 3, width: 7, height: 7 } });
    return dominantColour(png);
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  /** Content-Security-Policy violations seen so far (directive and blocked URI). */
  cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  }

  /**
   * Closes after checking the page stayed offline (no request left its origin), threw nothing and
   * broke no rule of its Content-Security-Policy.
   */
  async closeChecked(): Promise<void> {
    expect(this.offOrigin.urls).toEqual([]);
    expect(this.errors).toEqual([]);
    await expect(this.cspViolations()).resolves.toEqual([]);
    await this.close();
  }
}

export function dominantColour(png: Buffer): [number, number, number] {
  const img = PNG.sync.read(png);
  const counts = new Map<string, number>();
  for (let i = 0; i < img.data.length; i += 4) {
    const key = `${img.data[i]},${img.data[i + 1]},${img.data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['0,0,0'];
  return best.split(',').map(Number) as [number, number, number];
}

/** Opens the app, switches to site scoring and waits until the ranking has settled. */
export async function openScoring(browser: Browser, url: string): Promise<AppPage> {
  const app = await AppPage.open(browser, url);
  if ((await app.page.getByTestId('scoring-panel').count()) === 0) await app.page.getByTestId('tab-scoring').click();
  await app.page.waitForSelector('[data-engine="ready"]', { timeout: 60_000 });
  await app.page.waitForSelector('[data-testid="ranking"] tbody tr');
  // Settled: no new ranking for 500 ms (engine start and first runs are over).
  const seq = () => app.page.evaluate(() => window.__atlasStores?.scoring.getState().result?.seq ?? 0);
  const end = Date.now() + 20_000;
  for (let last = await seq(); Date.now() < end; ) {
    await new Promise((ok) => setTimeout(ok, 500));
    const now = await seq();
    if (now === last) break;
    last = now;
  }
  return app;
}

/** Kemendagri codes of the ranking table, top to bottom. */
export function rankedCodes(app: AppPage): Promise<string[]> {
  return app.page.$$eval('[data-testid="ranking"] tbody tr', (trs) =>
    trs.map((tr) => tr.getAttribute('data-code') ?? ''),
  );
}

/** Waits (bounded) until the ranking table's order differs from `before`; returns the new order. */
export async function waitForRankingChange(app: AppPage, before: readonly string[], timeout = 8000): Promise<string[]> {
  await app.page
    .waitForFunction(
      (b) => {
        // An empty table is a table still mounting, not a changed ranking.
        const codes = [...document.querySelectorAll('[data-testid="ranking"] tbody tr')].map((tr) =>
          tr.getAttribute('data-code'),
        );
        return codes.length > 0 && codes.join() !== b;
      },
      before.join(),
      { timeout },
    )
    .catch(() => undefined); // the caller's assertion reports an unchanged ranking
  return rankedCodes(app);
}
