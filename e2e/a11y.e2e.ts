import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openScoring } from './app-page';
import { browserPerFile } from './browser-per-file';

const baseUrl = inject('baseUrl');
let browser: Browser;
browserPerFile((b) => {
  browser = b;
});

/** Controls on screen without an accessible name (label, aria-label(ledby), text or title). */
const unnamed = () =>
  [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]')]
    .filter((e) => e.offsetParent !== null && !(e instanceof HTMLInputElement && e.type === 'hidden'))
    .filter((e) => {
      const labelled = e
        .getAttribute('aria-labelledby')
        ?.split(' ')
        .some((id) => document.getElementById(id)?.textContent?.trim());
      const label = 'labels' in e && (e as HTMLInputElement).labels?.length;
      const text =
        e.textContent?.trim() ||
        e.getAttribute('aria-label') ||
        e.getAttribute('title') ||
        (e as HTMLInputElement).placeholder;
      return !(labelled || label || text);
    })
    .map((e) => e.outerHTML.slice(0, 120));

describe('accessible and usable on a 1024-px tablet', () => {
  it('every control has a name, nothing overflows sideways, focus is visible, in every tab', async () => {
    const app = await openScoring(browser, baseUrl);
    await app.page.setViewportSize({ width: 1024, height: 768 });
    for (const tab of ['map', 'scoring', 'data'] as const) {
      await app.page.getByTestId(`tab-${tab}`).click();
      await app.page.waitForTimeout(300);
      expect(await app.page.evaluate(unnamed), tab).toEqual([]);
      const overflow = await app.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, tab).toBeLessThanOrEqual(0);
    }
    await app.page.getByTestId('tab-map').focus();
    await app.page.keyboard.press('Tab');
    const outline = await app.page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    expect(app.errors).toEqual([]);
    await app.close();
  }, 120_000);
});
