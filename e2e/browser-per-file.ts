import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';

/**
 * One browser for a test file: launched before its tests, closed after them. `set` receives it
 * (the file keeps a plain variable for it).
 */
export function browserPerFile(set: (browser: Browser) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    set(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });
}
