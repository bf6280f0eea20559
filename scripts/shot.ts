// Ad-hoc look at the built app: npx tsx scripts/shot.ts [out.png] [lang]
import { blockOffOrigin, launchBrowser, waitForData, waitForMap } from '../e2e/browser';
import { serveStatic } from '../e2e/static-server';

const out = process.argv[2] ?? '/tmp/shot.png';
const lang = process.argv[3] ?? 'id';
const { server, url } = await serveStatic('dist');
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
const off = await blockOffOrigin(page, url.slice(0, -1));
if (lang === 'en') await page.addInitScript(() => localStorage.setItem('sentra-atlas:lang', 'en'));
const t0 = Date.now();
await page.goto(url);
await waitForMap(page);
await waitForData(page);
console.log('ready in', Date.now() - t0, 'ms; off-origin:', off.urls);
await page.waitForTimeout(800);
await page.screenshot({ path: out });
await browser.close();
server.close();
