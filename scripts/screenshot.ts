// Looks at the built app as a user would: `npm run screenshot -- [out.png] [id|en] [width] [height]`.
// Serves dist/, blocks off-origin requests (reported), waits for the first map frame and the data.
import { blockOffOrigin, launchBrowser, waitForData, waitForMap } from '../e2e/browser';
import { serveStatic } from '../e2e/static-server';

const [out = 'screenshot.png', lang = 'id', width = '1440', height = '900'] = process.argv.slice(2);
const { server, url } = await serveStatic('dist');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  page.on('pageerror', (e) => console.log('page error:', e.message));
  const off = await blockOffOrigin(page, url.replace(/\/$/, ''));
  if (lang === 'en') await page.addInitScript(() => localStorage.setItem('sentra-atlas:lang', 'en'));
  await page.goto(url);
  await waitForMap(page);
  await waitForData(page);
  await page.waitForTimeout(1500); // let the point layers and labels settle
  await page.screenshot({ path: out });
  console.log(`${out} written; off-origin requests: ${off.urls.length}`);
} finally {
  await browser.close();
  server.close();
}
