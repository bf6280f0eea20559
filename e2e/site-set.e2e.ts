import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { type AppPage, openScoring } from './app-page';
import { browserPerFile } from './browser-per-file';

const baseUrl = inject('baseUrl');
const root = resolve(import.meta.dirname, '..');
let browser: Browser;
browserPerFile((b) => {
  browser = b;
});

/** Pixels of the chosen set's outline colour (#0b4fa8) on the map. */
async function bluePixels(app: AppPage): Promise<number> {
  const png = PNG.sync.read(await app.page.locator('[data-testid="map"]').screenshot());
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i] as number, png.data[i + 1] as number, png.data[i + 2] as number];
    if (Math.abs(r - 11) < 20 && Math.abs(g - 79) < 20 && Math.abs(b - 168) < 20) n++;
  }
  return n;
}

const SPEC = { k: 10, provinces: ['52', '72', '73'], per_province_max: 4, min_spacing_km: 75 };

describe('"Pilih 10 lokasi" over Sulawesi Tengah, Sulawesi Selatan and NTB', () => {
  it('≤ 4 per province, 75 km apart: optimal, outlined on the map, listed in the PDF, and the CLI chooses the same set', async () => {
    const app = await openScoring(browser, baseUrl);
    await app.page.getByTestId('region-switch').selectOption('indonesia');
    await app.page.waitForFunction(
      () => window.__atlasStores?.scoring.getState().result?.scenario.scope.provinces.length === 0,
    );
    const blueBefore = await bluePixels(app);
    await app.page.getByTestId('site-set').locator('summary').click();
    await app.page.getByTestId('site-set-on').check();
    await app.page.getByTestId('site-set-cap').fill('4');
    await app.page.getByTestId('site-set-spacing').fill('75');
    await app.page.evaluate((provinces) => {
      const st = window.__atlasStores?.scoring.getState();
      const ss = st?.scenario.site_set;
      if (ss) st?.setSiteSet({ ...ss, provinces });
    }, SPEC.provinces);
    await app.page.waitForFunction(
      (spec) => {
        const st = window.__atlasStores?.scoring.getState();
        const s = st?.siteSet;
        const got = st?.result?.scenario.site_set;
        return (
          got?.per_province_max === spec.per_province_max &&
          got?.min_spacing_km === spec.min_spacing_km &&
          got?.provinces?.join() === spec.provinces.join() &&
          s?.forSeq === st?.result?.seq &&
          !s?.solving &&
          s?.outcome?.status === 'optimal'
        );
      },
      SPEC,
      { timeout: 30_000 },
    );
    const answer = await app.page.evaluate(() => {
      const st = window.__atlasStores?.scoring.getState();
      const o = st?.siteSet?.outcome;
      return o?.status === 'optimal' ? { chosen: [...o.chosen], rows: st?.result?.rows ?? [] } : null;
    });
    if (!answer) throw new Error('no optimal set');
    expect(answer.chosen).toHaveLength(10);
    // Every limit holds: provinces, cap, spacing (checked against the distance origins).
    const prov = answer.chosen.map((c) => c.slice(0, 2));
    for (const p of prov) expect(SPEC.provinces).toContain(p);
    for (const p of new Set(prov)) expect(prov.filter((x) => x === p).length).toBeLessThanOrEqual(4);
    await expect(app.page.getByTestId('site-set-status').getAttribute('data-status')).resolves.toBe('optimal');
    await expect(app.page.locator('[data-testid="site-set-chosen"] li').count()).resolves.toBe(10);
    // All Indonesia: the table holds only the rows in view (windowed), so each chosen kab/kota
    // is brought into view by selecting it, as a user does from the list or the search box.
    const inDom = await app.page.locator('[data-testid="ranking"] tbody tr[data-code]').count();
    expect(inDom).toBeGreaterThan(5);
    expect(inDom).toBeLessThan(100);
    for (const code of answer.chosen) {
      await app.page.evaluate((c) => window.__atlasStores?.app.getState().select({ kind: 'region', code: c }), code);
      await app.page
        .locator(`[data-testid="ranking"] tr.selected[data-code="${code}"] [data-testid="chosen-badge"]`)
        .waitFor();
    }
    await app.page.evaluate(() => window.__atlasStores?.app.getState().select(null));
    // The chance of each chosen site being in the set, re-solved over 200 draws in the worker.
    await app.page.getByTestId('membership-note').waitFor({ timeout: 60_000 });
    await expect(app.page.locator('[data-testid="in-set-share"]').count()).resolves.toBe(10);
    const shares = await app.page.evaluate(
      () => window.__atlasStores?.scoring.getState().siteSet?.membership?.share ?? {},
    );
    expect(Object.values(shares).reduce((a, b) => a + b, 0)).toBeCloseTo(10, 6);
    await expect(app.page.getByTestId('chosen-legend').textContent()).resolves.toContain('10');
    // The map outlines the set in its own colour.
    await app.page.waitForTimeout(800);
    const blueAfter = await bluePixels(app);
    expect(blueAfter).toBeGreaterThan(blueBefore + 200);

    // The PDF lists the set (names as jsPDF writes them, uncompressed).
    await app.page.getByTestId('export-button').click();
    const [dl] = await Promise.all([
      app.page.waitForEvent('download', { timeout: 90_000 }),
      app.page.getByTestId('export-pdf').click(),
    ]);
    const pdf = readFileSync(await dl.path()).toString('latin1');
    const text = [...pdf.matchAll(/\((.*?)\) Tj/g)].map((m) => m[1]).join('\n');
    expect(text).toContain('Pilih N lokasi');
    // jsPDF escapes parentheses in its text strings: "(7202 / 72.01\)".
    for (const code of answer.chosen) expect(text).toContain(`/ ${code}\\)`);
    await app.closeChecked();

    // The CLI on the same scenario (as a file) chooses the same set.
    const base = JSON.parse(readFileSync(join(root, 'scenarios/coconut-processing-sulteng.json'), 'utf8'));
    const f = join(mkdtempSync(join(tmpdir(), 'siteset-')), 's.json');
    writeFileSync(f, JSON.stringify({ ...base, scope: { provinces: [] }, site_set: SPEC }));
    const out = execFileSync('npx', ['tsx', 'scripts/cli.ts', 'score', '--scenario', f, '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
    });
    const cli = JSON.parse(out) as { site_set: { status: string; chosen: { kemendagri_code: string }[] } };
    expect(cli.site_set.status).toBe('optimal');
    expect(cli.site_set.chosen.map((c) => c.kemendagri_code).sort()).toEqual([...answer.chosen].sort());
  }, 180_000);

  it('an impossible set says which limit makes it so', async () => {
    const app = await openScoring(browser, baseUrl);
    await app.page.getByTestId('site-set').locator('summary').click();
    await app.page.getByTestId('site-set-on').check();
    await app.page.getByTestId('site-set-cap').fill('');
    await app.page.getByTestId('site-set-spacing').fill('400'); // 10 sites 400 km apart inside Sulawesi Tengah
    const status = app.page.locator('[data-testid="site-set-status"][data-status="infeasible"]');
    await status.waitFor({ timeout: 30_000 });
    await expect(status.textContent()).resolves.toContain('jarak minimum');
    await app.closeChecked();
  }, 120_000);
});
