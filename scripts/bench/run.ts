/**
 * `npm run bench`: cold starts of the production build in headless Chromium on this machine.
 * - time to first map frame: navigation start → the first frame drawn with the kab/kota source
 *   loaded (performance mark `first-map-frame`), median of RUNS fresh browser contexts;
 * - initial JS+CSS transfer: gzip size (level 6, what static hosts serve) of every script and
 *   stylesheet the page fetched up to that frame and the data load.
 * Writes bench-results/first-load.json and exits non-zero when a target is missed.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, waitForData, waitForMap } from '../../e2e/browser';
import { serveStatic } from '../../e2e/static-server';
import { median } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TARGET_FIRST_FRAME_MS = 1500;
const TARGET_INITIAL_KB = 900;
const root = resolve(import.meta.dirname, '../..');

execSync('npx vite build', { cwd: root, stdio: 'ignore' });
const { server, url } = await serveStatic(resolve(root, 'dist'));
const browser = await launchBrowser();

const marks = ['app-start', 'regions-fetched', 'regions-parsed', 'map-style-loaded', 'first-map-frame'];
const runs: Record<string, number>[] = [];
let assets: { path: string; beforeFirstFrame: boolean }[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await waitForMap(page);
    await waitForData(page);
    const r = await page.evaluate(
      (names) => Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN])),
      marks,
    );
    runs.push(r);
    if (i === 0) {
      assets = await page.evaluate(() => {
        const frame = performance.getEntriesByName('first-map-frame')[0]?.startTime ?? Number.POSITIVE_INFINITY;
        return performance
          .getEntriesByType('resource')
          .map((e) => ({ path: new URL(e.name).pathname, beforeFirstFrame: e.startTime <= frame }))
          .filter((a) => /\.(js|mjs|css)$/.test(a.path));
      });
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const sizes = assets.map((a) => {
  const raw = readFileSync(resolve(root, 'dist', `.${a.path}`));
  return {
    file: a.path,
    initial: a.beforeFirstFrame,
    raw_kb: raw.length / 1024,
    gzip_kb: gzipSync(raw, { level: 6 }).length / 1024,
  };
});
const initialKb = sizes.filter((s) => s.initial).reduce((a, s) => a + s.gzip_kb, 0);
const lazyKb = sizes.filter((s) => !s.initial).reduce((a, s) => a + s.gzip_kb, 0);
const medians = Object.fromEntries(marks.map((m) => [m, Math.round(median(runs.map((r) => r[m] as number)))]));
const firstFrame = medians['first-map-frame'] as number;

console.log(`\nCold start, ${RUNS} runs, 1440×900, headless Chromium (SwiftShader WebGL), ${new Date().toISOString()}`);
console.log('median ms from navigation start:', medians);
console.log('first-map-frame per run:', runs.map((r) => Math.round(r['first-map-frame'] as number)).join(', '));
console.log('\nJS+CSS fetched (gzip level 6); "lazy" = requested after the first map frame:');
for (const s of sizes) {
  const tag = s.initial ? '' : '  (lazy)';
  console.log(
    `  ${s.file.padEnd(46)} ${s.raw_kb.toFixed(1).padStart(8)} KB raw ${s.gzip_kb.toFixed(1).padStart(7)} KB gzip${tag}`,
  );
}
console.log(`  lazy total: ${lazyKb.toFixed(0)} KB gzip`);
const ok1 = firstFrame <= TARGET_FIRST_FRAME_MS;
const ok2 = initialKb <= TARGET_INITIAL_KB;
console.log(
  `\ntime to first map frame (median): ${firstFrame} ms — target ≤ ${TARGET_FIRST_FRAME_MS} ms: ${ok1 ? 'met' : 'MISSED'}`,
);
console.log(
  `initial JS+CSS transfer: ${initialKb.toFixed(0)} KB gzip — target ≤ ${TARGET_INITIAL_KB} KB: ${ok2 ? 'met' : 'MISSED'}`,
);

mkdirSync(resolve(root, 'bench-results'), { recursive: true });
writeFileSync(
  resolve(root, 'bench-results/first-load.json'),
  `${JSON.stringify({ runs: RUNS, medians, perRun: runs, assets: sizes, initialKb, lazyKb, targets: { TARGET_FIRST_FRAME_MS, TARGET_INITIAL_KB } }, null, 1)}\n`,
);
process.exit(ok1 && ok2 ? 0 : 1);
