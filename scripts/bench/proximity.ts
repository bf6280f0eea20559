/**
 * `npm run bench` (part 4): recompute all proximity measures (nearest estate, KEK, port, sentra
 * and the count of each within 100 km) for the 514 kab/kota against 10,000 seeded synthetic
 * facilities, through the k-d tree index, in headless Chromium. Target ≤ 300 ms (median of 7).
 */
import { resolve } from 'node:path';
import { launchBrowser, waitForData, waitForMap } from '../../e2e/browser';
import { serveStatic } from '../../e2e/static-server';
import { median } from './stats';

const root = resolve(import.meta.dirname, '../..');
const { server, url } = await serveStatic(resolve(root, 'dist'));
const browser = await launchBrowser();
const times: number[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await waitForMap(page);
  await waitForData(page);
  for (let k = 0; k < 8; k++) {
    const ms = await page.evaluate(async (seed) => {
      const api = window.__atlasStores;
      if (!api) throw new Error('no test API');
      return api.benchProximity(10_000, seed);
    }, k + 1);
    if (k > 0) times.push(ms); // the first run also loads and compiles the module
  }
} finally {
  await browser.close();
  server.close();
}
const med = Math.round(median(times));
console.log(`\nProximity measures: 514 kab/kota × 10,000 synthetic facilities, k-d tree (headless Chromium)`);
console.log(
  `median ${med} ms (runs: ${times.map(Math.round).join(', ')}) — target ≤ 300 ms: ${med <= 300 ? 'met' : 'MISSED'}`,
);
process.exit(med <= 300 ? 0 : 1);
