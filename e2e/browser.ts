import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (never a downloaded browser). Flags per docs/decisions/0002-browser-tests.md. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--disable-quic',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface OffOrigin {
  readonly urls: string[];
}

/**
 * Blocks every request that would leave the page's origin and records it: the app must work
 * offline, so any such request is a test failure. data: and blob: URLs never leave the page.
 */
export async function blockOffOrigin(page: Page, origin: string): Promise<OffOrigin> {
  const record: OffOrigin = { urls: [] };
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    record.urls.push(url);
    return route.abort('blockedbyclient');
  });
  return record;
}

/** Waits for the app's own ready signal: the first deck.gl frame with the kab/kota drawn. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, { timeout: 30_000 });
}

export async function waitForData(page: Page): Promise<void> {
  await page.waitForSelector('.app[data-data-status="done"]', { timeout: 30_000 });
}

/**
 * Waits until an async check in the page returns true. (Playwright's waitForFunction counts a
 * returned Promise as truthy at once, so async conditions must be polled from here.)
 */
export async function pollInPage(page: Page, check: () => Promise<boolean>, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(check)) return;
    if (Date.now() > end) throw new Error(`pollInPage: condition not met within ${timeout} ms`);
    await new Promise((ok) => setTimeout(ok, 250));
  }
}
