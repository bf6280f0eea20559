import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, inject, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { openScoring } from './app-page';
import { browserPerFile } from './browser-per-file';

// Issue 13, item 6: the coconut gap closed at its source — a template out, sourced values in.
const baseUrl = inject('baseUrl');
let browser: Browser;
browserPerFile((b) => {
  browser = b;
});

const FILLED: Record<string, [number, string, string]> = {
  '72.02': [12500, '2023', 'BPS Kabupaten Poso, Poso Dalam Angka 2024, tabel 5.2'],
  '72.06': [8120.5, '2023', 'Dinas Pertanian Kabupaten Morowali, 2024'],
  '72.08': [61000, '2023', 'BPS Kabupaten Parigi Moutong, Parigi Moutong Dalam Angka 2024'],
};

describe('Minta data', () => {
  it('the XLSX template downloads, comes back with three sourced values and one unsourced, and the ranking and coverage change', async () => {
    const app = await openScoring(browser, baseUrl);
    const lines = app.page.getByTestId('coverage-lines');
    await expect(lines.textContent()).resolves.toContain('Produksi kelapa: 2 dari 12 kandidat punya nilai');
    const before = await app.page.evaluate(() =>
      window.__atlasStores?.scoring.getState().result?.rows.map((r) => [r.kemendagri_code, r.rank] as const),
    );
    await app.page.getByTestId('data-request').locator('summary').click();
    const [dl] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('request-xlsx').click()]);
    expect(dl.suggestedFilename()).toMatch(/^permintaan-data-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const path = (await dl.path()) as string;
    const sheets = await readXlsxFile(readFileSync(path));
    expect(sheets.map((s) => s.sheet)).toEqual(['isian', 'petunjuk']);
    const [head, ...rows] = (sheets[0]?.data ?? []).map((r) => r.map((v) => (v === null ? '' : String(v))));
    expect(head?.slice(0, 3)).toEqual(['kemendagri_code', 'bps_code', 'name']);
    expect(rows).toHaveLength(10); // the ten candidates without coconut production
    expect(String(sheets[1]?.data.flat().join(' '))).toContain('sumber');
    const col = (name: string) => (head ?? []).indexOf(name);
    const filled = rows.map((r) => {
      const f = FILLED[r[0] as string];
      const out = [...r];
      if (f) {
        out[col('kelapa_production.value')] = String(f[0]);
        out[col('kelapa_production.year')] = f[1];
        out[col('kelapa_production.source')] = f[2];
      }
      if (r[0] === '72.05') out[col('kelapa_production.value')] = '3000'; // no source: refused
      return out;
    });
    // Numbers as numbers (as Excel stores them), everything else as text.
    const cell = (v: string, i: number) =>
      i === col('kelapa_production.value') && v !== ''
        ? { value: Number(v), type: Number }
        : { value: v, type: String };
    const sheet = [head ?? [], ...filled].map((r, k) =>
      r.map((v, i) => (k === 0 ? { value: v, type: String } : cell(v, i))),
    );
    const buffer = await writeXlsxFile(sheet as never).toBuffer();
    await app.page.getByTestId('request-import').setInputFiles({
      name: 'permintaan-data-terisi.xlsx',
      mimeType: 'application/octet-stream',
      buffer,
    });
    await app.page.getByTestId('request-applied').waitFor();
    await expect(app.page.getByTestId('request-applied').textContent()).resolves.toContain('3 nilai');
    await expect(app.page.getByTestId('request-refused').textContent()).resolves.toContain(
      'Produksi kelapa tanpa sumber',
    );
    await app.page.waitForFunction(() =>
      document.querySelector('[data-testid="coverage-lines"]')?.textContent?.includes('5 dari 12'),
    );
    const after = await app.page.evaluate(() =>
      window.__atlasStores?.scoring.getState().result?.rows.map((r) => [r.kemendagri_code, r.rank] as const),
    );
    expect(after).not.toEqual(before);
    // Parigi Moutong's 61,000 t is now the largest coconut figure: it moves up.
    const rank = (rs: typeof after, code: string) => rs?.find(([c]) => c === code)?.[1] as number;
    expect(rank(after, '72.08')).toBeLessThan(rank(before, '72.08'));
    await app.closeChecked();
  });
});
