import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { AppPage } from './app-page';
import { waitForData, waitForMap } from './browser';
import { browserPerFile } from './browser-per-file';

// Issue 19: what is in the browser's storage never blanks the app, and nothing stored is lost.
const baseUrl = inject('baseUrl');
let browser: Browser;
browserPerFile((b) => {
  browser = b;
});

describe('damaged browser storage', () => {
  it('a stored import with indicators: [null] is kept aside; the map, the ranking and the other import still work', async () => {
    const app = await AppPage.open(browser, baseUrl);
    await app.page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const good = {
            id: 'good1',
            fileName: 'ipm.csv',
            importedAt: '2026-12-03T00:00:00Z',
            kind: 'table',
            indicators: [
              { id: 'user_good1_ipm', label: 'IPM', unit: 'indeks', year: '2023', source: 'BPS', column: 'ipm' },
            ],
            values: [{ kemendagri_code: '72.01', bps_code: '7202', indicator: 'user_good1_ipm', value: 70.5 }],
            points: [],
            table: { header: ['kode', 'ipm'], rows: [['72.01', '70,5']] },
          };
          const bad = { ...good, id: 'bad1', indicators: [null] };
          const open = indexedDB.open('sentra-atlas');
          open.onupgradeneeded = () => open.result.createObjectStore('user-data');
          open.onsuccess = () => {
            const tx = open.result.transaction('user-data', 'readwrite');
            tx.objectStore('user-data').put([good, bad], 'imports-v1');
            tx.oncomplete = () => done();
            tx.onerror = () => fail(tx.error);
          };
          open.onerror = () => fail(open.error);
        }),
    );
    await app.page.reload();
    await waitForMap(app.page);
    await waitForData(app.page);
    await expect(app.page.getByTestId('data-errors').count()).resolves.toBe(0);
    await app.page.getByTestId('tab-scoring').click();
    await app.page.waitForSelector('[data-testid="ranking"] tbody tr', { timeout: 60_000 });
    const catalog = await app.page.evaluate(() =>
      window.__atlasStores?.data.getState().catalog?.indicators.some((i) => i.id === 'user_good1_ipm'),
    );
    expect(catalog).toBe(true);
    await app.page.getByTestId('tab-data').click();
    await expect(app.page.getByTestId('imports-unreadable').textContent()).resolves.toContain('1 impor tersimpan');
    const quarantined = await app.page.evaluate(
      () =>
        new Promise<number>((done) => {
          const open = indexedDB.open('sentra-atlas');
          open.onsuccess = () => {
            const req = open.result.transaction('user-data').objectStore('user-data').get('imports-v1-quarantine');
            req.onsuccess = () => done((req.result as unknown[] | undefined)?.length ?? 0);
          };
        }),
    );
    expect(quarantined).toBe(1);
    await app.closeChecked();
  });
});
