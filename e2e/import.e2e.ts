import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import writeXlsx from 'write-excel-file/universal';
import { type AppPage, openScoring as openScoringAt, rankedCodes, waitForRankingChange } from './app-page';
import { pollInPage, waitForData, waitForMap } from './browser';
import { browserPerFile } from './browser-per-file';

const baseUrl = inject('baseUrl');
const fixture = (f: string) => resolve(import.meta.dirname, '../fixtures/import', f);
let browser: Browser;
browserPerFile((b) => {
  browser = b;
});

const userIndicators = (app: AppPage) =>
  app.page.evaluate(
    () =>
      window.__atlasStores?.data
        .getState()
        .catalog?.indicators.filter((i) => i.group === 'user')
        .map((i) => i.id) ?? [],
  );

async function importFile(app: AppPage, file: string) {
  await app.page.getByTestId('tab-data').click();
  await app.page.getByTestId('import-file').setInputFiles(file);
  await app.page.getByTestId('import-preview').waitFor();
}

describe('bring your own data', () => {
  it('imports a Central Sulawesi CSV, fixes an unmatched row, ranks with the new column, keeps it over a reload, removes it', async () => {
    const app = await openScoringAt(browser, baseUrl);
    const before = await rankedCodes(app);
    await importFile(app, fixture('sulteng-penduduk-id.csv'));
    // Title rows skipped, "SULAWESI TENGAH" is a total row, "KAB. PARIMO" (an abbreviation) needs the user.
    await expect(app.page.getByTestId('match-counts').textContent()).resolves.toMatch(/12\D+1\D+1\D+0/);
    await expect(app.page.getByTestId('import-privacy').textContent()).resolves.toContain('IndexedDB');
    const commit = app.page.getByTestId('import-commit');
    await app.page.getByTestId('import-source').fill('');
    expect(await commit.isDisabled()).toBe(true); // no source, no import
    await app.page.getByTestId('fix-select').first().selectOption('72.08');
    await expect(app.page.getByTestId('match-counts').textContent()).resolves.toMatch(/13\D+0\D+1\D+0/);
    await app.page.getByTestId('import-source').fill('Dukcapil Semester II 2024 (uji e2e)');
    await commit.click();
    await expect(app.page.getByTestId('import-done').textContent()).resolves.toContain('35');
    const ids = await userIndicators(app);
    expect(ids).toHaveLength(3);
    const pop = ids.find((id) => id.includes('penduduk')) as string;
    // The choropleth switched to the imported indicator: Parigi Moutong (fixed by hand) has its value.
    const value = await app.page.evaluate(
      (id) => window.__atlasStores?.data.getState().observations?.headline(id).get('72.08')?.value,
      pop,
    );
    expect(value).toBe(461576);

    // As a criterion: the ranking changes, and the criterion is marked as user data.
    await app.page.getByTestId('tab-scoring').click();
    await app.page.getByTestId('add-criterion').selectOption(`ind:${pop}`);
    const n = await app.page.locator('[data-testid^="weight-"]').count();
    await app.page.getByTestId(`weight-${n - 1}`).fill('400');
    const after = await waitForRankingChange(app, before, 15_000);
    expect(after).not.toEqual(before);
    expect(after.indexOf('72.08')).toBeLessThan(before.indexOf('72.08')); // the most populous kab moves up
    await expect(app.page.locator('.ranking .user-badge').count()).resolves.toBe(1);

    // Still there after a reload (IndexedDB), with its values.
    await app.page.reload();
    await waitForMap(app.page);
    await waitForData(app.page);
    await app.page.waitForFunction(
      (id) => window.__atlasStores?.data.getState().catalog?.indicators.some((i) => i.id === id),
      pop,
    );
    await app.page.getByTestId('tab-data').click();
    await expect(app.page.getByTestId('import-list').textContent()).resolves.toContain('sulteng-penduduk-id.csv');

    // Removed: gone from the catalog and from DuckDB.
    await app.page
      .getByTestId('import-list')
      .getByRole('button', { name: /Hapus|Remove/ })
      .click();
    await app.page.waitForFunction(
      () => !window.__atlasStores?.data.getState().catalog?.indicators.some((i) => i.group === 'user'),
    );
    // …and from DuckDB: the user rows are deleted from observations.
    await pollInPage(app.page, async () => {
      const r = await window.__atlasStores?.query(
        "SELECT count(*) AS n FROM observations WHERE source_id LIKE 'user:%'",
      );
      return Number(r?.[0]?.n) === 0;
    });
    await app.closeChecked();
  }, 120_000);

  it('a column read as BPS codes is set to a number with the type control, and imports as values', async () => {
    const app = await openScoringAt(browser, baseUrl);
    // Synthetic: tonnages under a bare header "B" that happen to be Sulteng BPS codes.
    const csv = readFileSync(fixture('sulteng-tonnage-code-like.csv'), 'utf8').replace(/^[^\n]*/, 'Kabupaten,B');
    await app.page.getByTestId('tab-data').click();
    await app.page
      .getByTestId('import-file')
      .setInputFiles({ name: 'tonase.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await app.page.getByTestId('import-preview').waitFor();
    await expect(app.page.getByTestId('import-region-column').inputValue()).resolves.toBe('1');
    await app.page.getByTestId('import-types').locator('summary').click();
    await expect(app.page.getByTestId('import-types').textContent()).resolves.toContain('kode kab/kota yang ada');
    await app.page.getByTestId('import-type-1').selectOption('number');
    await expect(app.page.getByTestId('import-region-column').inputValue()).resolves.toBe('0');
    await expect(app.page.getByTestId('import-types').textContent()).resolves.toContain('diubah oleh Anda');
    // Names now: 12 match, "Kab. Parimo" (an abbreviation) waits for the user.
    await expect(app.page.getByTestId('match-counts').textContent()).resolves.toMatch(/^\D*12\D+1\D/);
    await app.page.getByTestId('import-source').fill('uji e2e (sintetis)');
    await app.page.getByTestId('import-commit').click();
    await app.page.getByTestId('import-done').waitFor();
    const [id] = await userIndicators(app);
    const banggai = await app.page.evaluate(
      (i) =>
        window.__atlasStores?.data
          .getState()
          .observations?.headline(i as string)
          .get('72.01')?.value,
      id,
    );
    expect(banggai).toBe(7205);
    await app.closeChecked();
  });

  it('a malformed file gets a message naming it, and earlier imports stay', async () => {
    const app = await openScoringAt(browser, baseUrl);
    await importFile(app, fixture('sulteng-kemendagri.tsv'));
    await expect(app.page.getByTestId('match-counts').textContent()).resolves.toMatch(/^\D*13\D+0\D/);
    await app.page.getByTestId('import-source').fill('uji');
    await app.page.getByTestId('import-commit').click();
    await app.page.getByTestId('import-done').waitFor();
    await app.page.getByTestId('import-file').setInputFiles({
      name: 'rusak.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from('{"type":"FeatureCollection","features":[{'),
    });
    // In the interface language (it was English in the Indonesian UI, issue 18).
    await expect(app.page.getByTestId('import-error').textContent()).resolves.toMatch(
      /rusak\.geojson: bukan JSON yang sah/,
    );
    expect(await userIndicators(app)).toHaveLength(1);
    await expect(app.page.getByTestId('import-list').locator(':scope > li').count()).resolves.toBe(1);
    await app.closeChecked();
  });

  it('SQL workbench: reads tables, protects the built-in ones, shows where an error is', async () => {
    const app = await openScoringAt(browser, baseUrl);
    await app.page.getByTestId('tab-data').click();
    await app.page.getByTestId('pane-sql').click();
    const run = async (sql: string) => {
      await app.page.getByTestId('sql-input').fill(sql);
      await app.page.getByTestId('sql-run').click();
    };
    await run(
      "CREATE TABLE mine AS SELECT kemendagri_code, name FROM regions WHERE kemendagri_prov_code = '72';\nSELECT count(*) AS n FROM mine;",
    );
    await expect(app.page.getByTestId('sql-result').locator('tbody td').first().textContent()).resolves.toBe('13');
    const errorText = async (re: RegExp) => {
      await app.page.waitForFunction(
        (src) => new RegExp(src, 'i').test(document.querySelector('[data-testid="sql-error"]')?.textContent ?? ''),
        re.source,
      );
      return app.page.getByTestId('sql-error').textContent();
    };
    await run('DROP TABLE observations');
    await expect(errorText(/observations/)).resolves.toMatch(/dilindungi|protected/);
    // Offline by configuration: the engine refuses a URL, and nothing leaves the origin.
    await run("SELECT * FROM read_csv('https://example.com/x.csv')");
    await expect(errorText(/example\.com/)).resolves.toMatch(/disabled by configuration|Permission/);
    await run('SELECT 1;\nSELECT * FORM regions');
    // Statement 2, starting on line 2, with DuckDB's own message and caret.
    await expect(errorText(/syntax|parser/)).resolves.toMatch(/Pernyataan 2 \(mulai baris 2\)/);
    const count = await app.page.evaluate(
      async () => (await window.__atlasStores?.query('SELECT count(*) AS n FROM observations'))?.[0]?.n,
    );
    expect(Number(count)).toBeGreaterThan(1000);
    await app.closeChecked();
  });

  it('the downloaded ranking CSV carries the scenario and re-imports through the importer', async () => {
    const app = await openScoringAt(browser, baseUrl);
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByTestId('ranking-export').locator('[data-format="csv"]').click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toBe('sentra-atlas-peringkat.csv'); // named in the UI language
    expect(text).toMatch(/^# scenario: /);
    expect(text).toContain('# method: WLC');
    expect(text).toMatch(
      /source of criterion 1: 2\/13 kab\/kota of this ranking with a value; years 2019\/2020, 2025;/,
    );
    const ranked = await rankedCodes(app);
    await app.page.getByTestId('tab-data').click();
    await app.page
      .getByTestId('import-file')
      .setInputFiles({ name: 'ranking.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await app.page.getByTestId('import-preview').waitFor();
    const matched = Number((await app.page.getByTestId('match-counts').textContent())?.match(/\d+/)?.[0]);
    expect(matched).toBe(13); // all Sulteng rows, by Kemendagri code, ranked and excluded alike
    expect(ranked.length).toBeGreaterThan(0);
    await app.closeChecked();
  });

  it('reads the chosen sheet of an XLSX workbook in the browser', async () => {
    const blob = await writeXlsx([
      { sheet: 'Catatan', data: [[{ value: 'Lembar catatan, bukan data' }]] },
      {
        sheet: 'Data',
        data: [
          [{ value: 'Tabel uji: nilai per kab/kota' }],
          [],
          [{ value: 'kode_kemendagri' }, { value: 'nilai' }],
          [{ value: '72.06', type: String }, { value: 1234.5 }],
          [{ value: '72.10', type: String }, { value: 10 }],
        ],
      },
    ]).toBlob();
    const app = await openScoringAt(browser, baseUrl);
    await app.page.getByTestId('tab-data').click();
    await app.page.getByTestId('import-file').setInputFiles({
      name: 'uji.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await blob.arrayBuffer()),
    });
    await app.page.getByTestId('import-preview').waitFor();
    await app.page.getByTestId('import-sheet').selectOption('Data');
    await expect
      .poll(() => app.page.getByTestId('match-counts').textContent(), { timeout: 10_000 })
      .toMatch(/^\D*2\D+0\D/);
    const kinds = await app.page
      .locator('[data-testid="column-preview"] [data-kind]')
      .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-kind')));
    expect(kinds).toEqual(['kemendagri_code', 'number']);
    await app.closeChecked();
  }, 90_000);
});
