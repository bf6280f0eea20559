import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './app-page';
import { launchBrowser } from './browser';

/**
 * `npm start` is the README's way in: Vite's dev server, with React's development double mount
 * and index.html as the answer to unknown paths. The other e2e files test the production build;
 * this one checks the dev server draws the map, answers open-sea tiles with a 404, and throws
 * nothing.
 */
const root = resolve(import.meta.dirname, '..');
let browser: Browser;
let vite: ChildProcess;
let baseUrl: string;

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}/`;
  vite = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', `${port}`, '--strictPort'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  await waitForHttp(baseUrl, 60_000);
  browser = await launchBrowser();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  vite?.kill();
});

describe('npm start (the Vite dev server)', () => {
  it('draws the map with its data, and open sea (a missing tile) is no error', async () => {
    const app = await AppPage.open(browser, baseUrl);
    const seaTile = await fetch(`${baseUrl}tiles/8/0/0.pbf`);
    expect(seaTile.status).toBe(404);
    const landTile = await fetch(`${baseUrl}tiles/6/53/32.pbf`);
    expect(landTile.status).toBe(200);
    // Zoom out to all Indonesia: tiles over open sea are requested and answered with 404s.
    const box = await app.page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map');
    await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 4; i++) {
      await app.page.mouse.wheel(0, 400);
      await app.page.waitForTimeout(300);
    }
    await app.page.waitForTimeout(1500);
    await expect(app.page.getByTestId('data-errors').count()).resolves.toBe(0);
    await expect(app.page.getByTestId('legend-coverage').textContent()).resolves.toContain('13 dari 13');
    await app.closeChecked();
  });
});
