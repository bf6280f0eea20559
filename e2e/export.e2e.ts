import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { type AppPage, openScoring } from './app-page';
import { browserPerFile } from './browser-per-file';

const baseUrl = inject('baseUrl');
let browser: Browser;
browserPerFile((b) => {
  browser = b;
});

async function download(app: AppPage, testId: string): Promise<Buffer> {
  const [dl] = await Promise.all([
    app.page.waitForEvent('download', { timeout: 90_000 }),
    app.page.getByTestId(testId).click(),
  ]);
  return readFileSync(await dl.path());
}

describe('map export and FGD report', () => {
  it('the PNG has the requested size, shows the map and its frame', async () => {
    const app = await openScoring(browser, baseUrl);
    await app.page.getByTestId('export-button').click();
    await app.page.getByTestId('export-size').selectOption({ label: '1920 × 1080' });
    const png = PNG.sync.read(await download(app, 'export-png'));
    expect([png.width, png.height]).toEqual([1920, 1080]);
    // Not blank: many distinct colours, and the score classes' reds are there.
    const colours = new Set<number>();
    let red = 0;
    for (let i = 0; i < png.data.length; i += 4 * 7) {
      const [r, g, b] = [png.data[i] as number, png.data[i + 1] as number, png.data[i + 2] as number];
      colours.add((r << 16) | (g << 8) | b);
      if (r > 170 && g < 40 && b < 60) red++;
    }
    expect(colours.size).toBeGreaterThan(200);
    expect(red).toBeGreaterThan(1000);
    // The on-screen map is back to its size after the export.
    const box = await app.page.locator('[data-testid="map"]').boundingBox();
    expect(box?.width).toBeGreaterThan(500);
    expect(box?.x).toBeGreaterThanOrEqual(0);
    await app.closeChecked();
  }, 120_000);

  it('the PDF report names the kab/kota, the weights and the sources', async () => {
    const app = await openScoring(browser, baseUrl);
    await app.page.getByTestId('export-button').click();
    const pdf = (await download(app, 'export-pdf')).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    // jsPDF writes uncompressed text operators: "(text) Tj".
    const text = [...pdf.matchAll(/\((.*?)\) Tj/g)].map((m) => m[1]).join('\n');
    for (const s of [
      'Laporan FGD',
      'Kab. Banggai',
      'Kab. Donggala',
      '30 % ',
      'Produksi kelapa',
      'WLC',
      'posrakyat.com',
      'Monte Carlo',
      'perkiraan',
      'Kelengkapan data kandidat',
      'Produksi kelapa: 2 dari 12 kandidat punya nilai; 10 diisi nilai terburuk.',
    ])
      expect(text, s).toContain(s);
    expect(pdf).toMatch(/\/Subtype \/Image/); // the map
    await app.closeChecked(); // no off-origin request and no CSP violation while making the PDF
  }, 120_000);
});
