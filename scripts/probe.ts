import { launchBrowser } from '../e2e/browser';
import { serveStatic } from '../e2e/static-server';

const { server, url } = await serveStatic('dist');
const browser = await launchBrowser();
for (let i = 0; i < 3; i++) {
  const ctx = await browser.newContext({
    viewport: { width: Number(process.env.W ?? 1440), height: Number(process.env.H ?? 900) },
  });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.addInitScript(() => {
    (window as any).__lt = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) (window as any).__lt.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, { timeout: 60000 });
  const t1 = Date.now();
  await page.waitForTimeout(2500);
  const r = await page.evaluate(() => ({
    mark: Math.round(performance.getEntriesByName('first-map-frame')[0]?.startTime ?? -1),
    lt: (window as any).__lt,
  }));
  console.log(
    await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .map((m) => m.name + '@' + Math.round(m.startTime))
        .join(' '),
    ),
  );
  console.log(
    'wall',
    t1 - t0,
    'mark',
    r.mark,
    'longtasks>200',
    JSON.stringify(r.lt.filter((x: number) => x > 200)),
    'total',
    r.lt.reduce((a: number, b: number) => a + b, 0),
  );
  if (i === 0) await page.screenshot({ path: '/tmp/shot2.png' });
  await ctx.close();
}
await browser.close();
server.close();
