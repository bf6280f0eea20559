import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { type AppPage, openScoring as openScoringAt, rankedCodes, waitForRankingChange } from './app-page';
import { browserPerFile } from './browser-per-file';

const baseUrl = inject('baseUrl');
const openScoring = (url: string = baseUrl) => openScoringAt(browser, url);
const root = resolve(import.meta.dirname, '..');
let browser: Browser;
browserPerFile((b) => {
  browser = b;
});

const BANGGAI = { lon: 122.3733, lat: -1.0633 };

const resultSeq = (app: AppPage) => app.page.evaluate(() => window.__atlasStores?.scoring.getState().result?.seq ?? 0);

async function waitForNewResult(app: AppPage, after: number) {
  await app.page.waitForFunction((s) => (window.__atlasStores?.scoring.getState().result?.seq ?? 0) > s, after, {
    timeout: 15_000,
  });
}

describe('site scoring with DuckDB-wasm, in Chromium', () => {
  it('moving a weight slider re-scores without a button: the ranking and the map colours change', async () => {
    const app = await openScoring();
    const before = await rankedCodes(app);
    expect(before[0]).toBe('72.01'); // Banggai leads on coconut production
    const labels = await app.page.evaluate(() =>
      (window.__atlasStores?.data.getState().regions?.features ?? [])
        .map((f) => f.properties)
        .filter((p) => p.kemendagri_prov_code === '72')
        .map((p) => [p.label_lon, p.label_lat] as [number, number]),
    );
    const box = await app.page.locator('[data-testid="map"]').boundingBox();
    const visible: [number, number][] = [];
    for (const [lon, lat] of labels) {
      const p = await app.screenPoint(lon, lat);
      if (box && p.x > box.x + 10 && p.x < box.x + box.width - 10 && p.y > box.y + 10 && p.y < box.y + box.height - 40)
        visible.push([lon, lat]);
    }
    expect(visible.length).toBeGreaterThan(5);
    const colours = async () => Promise.all(visible.map(([lon, lat]) => app.colourAt(lon, lat)));
    const coloursBefore = await colours();
    const seq = await resultSeq(app);
    await app.page.getByTestId('weight-4').fill('100'); // population density 15 → 100
    await waitForNewResult(app, seq);
    await expect(app.page.getByTestId('share-4').textContent()).resolves.toContain('54 %');
    await waitForRankingChange(app, before, 5000);
    const after = await rankedCodes(app);
    expect(after).not.toEqual(before);
    await app.page.waitForTimeout(300);
    const coloursAfter = await colours();
    expect(coloursAfter.some((c, i) => c.join() !== coloursBefore[i]?.join())).toBe(true);
    await app.closeChecked();
  });

  it('the CLI on the example scenario prints the same top 5 as the browser', async () => {
    const app = await openScoring();
    const browserTop5 = (await rankedCodes(app)).slice(0, 5);
    await app.page.locator('tr[data-code="72.02"] [data-testid="missing-range"]').waitFor({ timeout: 20_000 });
    const out = execFileSync(
      'npx',
      ['tsx', 'scripts/cli.ts', 'score', '--scenario', 'scenarios/coconut-processing-sulteng.json', '--format', 'json'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    // The CLI's missing-data rank ranges are the app's (same draws, same seed).
    const cliRows = (JSON.parse(out) as { ranking: { kemendagri_code: string; rank_range_missing: number[] }[] })
      .ranking;
    const appPoso = await app.page.locator('tr[data-code="72.02"] [data-testid="missing-range"]').textContent();
    const cliPoso = cliRows.find((r) => r.kemendagri_code === '72.02')?.rank_range_missing;
    expect(appPoso).toContain(`${cliPoso?.[0]}–${cliPoso?.[1]}`);
    const cliTop5 = (JSON.parse(out) as { ranking: { kemendagri_code: string }[] }).ranking
      .slice(0, 5)
      .map((r) => r.kemendagri_code);
    expect(cliTop5).toEqual(browserTop5);
    const sql = await app.page.getByTestId('sql').textContent();
    expect(sql).toContain('WITH base AS');
    await app.closeChecked();
  });

  it('all weights zero: a clear message, and the previous ranking stays on screen', async () => {
    const app = await openScoring();
    const n = await app.page.locator('[data-testid^="weight-"]').count();
    for (let i = 0; i < n - 1; i++) await app.page.getByTestId(`weight-${i}`).fill('0');
    // Wait until the ranking for "only the last criterion" is on screen: that is the previous one.
    await app.page.waitForFunction((k) => {
      const r = window.__atlasStores?.scoring.getState().result;
      return r?.scenario.criteria.slice(0, k).every((c) => c.weight === 0) === true;
    }, n - 1);
    await app.page.waitForTimeout(300);
    const before = await rankedCodes(app);
    await app.page.getByTestId(`weight-${n - 1}`).fill('0');
    const message = app.page.getByTestId('scoring-message');
    await message.waitFor();
    // In the interface language (it was English in the Indonesian UI).
    await expect(message.textContent()).resolves.toContain('semua bobot nol');
    expect(await rankedCodes(app)).toEqual(before);
    // Said again above the ranking itself, where the room is looking, and the rows are dimmed.
    const stale = app.page.getByTestId('stale-ranking');
    await expect(stale.textContent()).resolves.toMatch(/Peringkat ini belum diperbarui.*semua bobot nol/);
    await expect(app.page.locator('.ranking-scroll.stale').count()).resolves.toBe(1);
    await app.page.getByTestId(`weight-${n - 1}`).fill('20');
    await stale.waitFor({ state: 'detached' });
    await app.closeChecked();
  });

  it('a malformed scenario file names the field and changes nothing', async () => {
    const app = await openScoring();
    const seqBefore = await resultSeq(app);
    const before = await rankedCodes(app);
    const bad = {
      version: 1,
      name: 'bad',
      scope: { provinces: ['72'] },
      method: 'wlc',
      top_n: 3,
      constraints: [],
      criteria: [
        { id: 'ind:pop_2024', direction: 'benefit', normalisation: { kind: 'minmax' }, weight: -5, missing: 'worst' },
      ],
    };
    await app.page
      .getByTestId('import-scenario')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    const err = app.page.getByTestId('import-error');
    await err.waitFor();
    const text = await err.textContent();
    expect(text).toContain('bad.json');
    expect(text).toContain('criteria[0].weight');
    await app.page
      .getByTestId('import-scenario')
      .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, ') });
    // The box is already there (first file): wait for its text to name the second one.
    await app.page.waitForFunction(() =>
      document.querySelector('[data-testid="import-error"]')?.textContent?.includes('broken.json'),
    );
    await expect(err.textContent()).resolves.toContain('broken.json');
    expect(await resultSeq(app)).toBe(seqBefore); // nothing was re-scored
    expect(await rankedCodes(app)).toEqual(before);
    await expect(app.page.getByTestId('scenario-name').inputValue()).resolves.toContain('kelapa');
    await app.closeChecked();
  });

  it('a threshold constraint added in the UI excludes kab/kota and lists the reason', async () => {
    const app = await openScoring();
    const before = (await rankedCodes(app)).length;
    expect(before).toBe(12);
    const seq = await resultSeq(app);
    await app.page.getByTestId('threshold-criterion').selectOption('ind:pop_2024');
    await app.page.getByTestId('threshold-value').fill('250000');
    await app.page.getByTestId('threshold-add').click();
    await waitForNewResult(app, seq);
    await app.page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="ranking"] tbody tr').length < n,
      before,
    );
    const after = await rankedCodes(app);
    // Kabupaten with ≈2024 population below 250,000 leave the ranking; Banggai (≈378,000) stays.
    expect(after.length).toBeLessThan(before);
    expect(after).toContain('72.01');
    const excluded = await app.page.locator('[data-testid="ranking"] details.excluded').textContent();
    expect(excluded).toContain('Penduduk ≈2024 ≥ 250.000');
    await app.closeChecked();
  });

  it('every row excluded: a message, the previous ranking stays; a criterion without data here is flagged', async () => {
    const app = await openScoring();
    const before = await rankedCodes(app);
    await app.page.getByTestId('threshold-criterion').selectOption('ind:pop_2024');
    await app.page.getByTestId('threshold-value').fill('999999999');
    await app.page.getByTestId('threshold-add').click();
    const message = app.page.getByTestId('scoring-message');
    await message.waitFor();
    await expect(message.textContent()).resolves.toContain('Semua kab/kota tersingkir');
    expect(await rankedCodes(app)).toEqual(before);
    // Seaweed Q1-2021 is reported for South Sulawesi only: flagged in Central Sulawesi, not dropped.
    await app.page.locator('.constraint-list button').last().click();
    await app.page.getByTestId('add-criterion').selectOption('ind:rumput_laut_production_q1_2021');
    await app.page.getByTestId('no-data-5').waitFor({ timeout: 15_000 });
    await expect(app.page.getByTestId('no-data-5').textContent()).resolves.toContain('Tidak ada satu pun nilai');
    await app.closeChecked();
  });

  it('nationally: kota only, and a province excluded, with the reasons listed', async () => {
    const app = await openScoring();
    let seq = await resultSeq(app);
    await app.page.getByTestId('region-switch').selectOption('indonesia');
    await waitForNewResult(app, seq);
    seq = await resultSeq(app);
    await app.page.getByTestId('region-kind').selectOption('kota');
    await waitForNewResult(app, seq);
    seq = await resultSeq(app);
    await app.page.getByTestId('exclude-province').selectOption('31'); // DKI Jakarta
    await waitForNewResult(app, seq);
    const rows = await app.page.evaluate(() => window.__atlasStores?.scoring.getState().result?.rows ?? []);
    const ranked = rows.filter((r) => r.rank !== null);
    expect(ranked.length).toBeGreaterThan(80); // Indonesia has 98 kota, 5 of them in Jakarta
    expect(ranked.every((r) => r.name.startsWith('Kota '))).toBe(true);
    expect(ranked.some((r) => r.kemendagri_prov_code === '31')).toBe(false);
    const excluded = await app.page.locator('[data-testid="ranking"] details.excluded').textContent();
    expect(excluded).toContain('Provinsi dikecualikan: Daerah Khusus Ibukota Jakarta');
    await app.closeChecked();
  });

  it('AHP: an inconsistent matrix is flagged; applying consistent judgements re-weights and re-ranks', async () => {
    const app = await openScoring();
    const before = await rankedCodes(app);
    await app.page.locator('[data-testid="ahp-panel"] summary').click();
    // Circular: coconut ≻ IMK (9), IMK ≻ port distance (9), port distance ≻ coconut (9).
    await app.page.getByTestId('ahp-0-1').selectOption('9');
    await app.page.getByTestId('ahp-1-2').selectOption('9');
    await app.page.getByTestId('ahp-0-2').selectOption(String(1 / 9));
    await app.page.getByTestId('ahp-warning').waitFor();
    await expect(app.page.getByTestId('ahp-consistency').textContent()).resolves.toMatch(/CR \d/);
    // Consistent: everything else is strongly more important than coconut production (1/5).
    for (const j of [1, 2, 3, 4]) await app.page.getByTestId(`ahp-0-${j}`).selectOption(String(1 / 5));
    await app.page.getByTestId('ahp-1-2').selectOption('1');
    await expect(app.page.getByTestId('ahp-warning').count()).resolves.toBe(0);
    const seq = await resultSeq(app);
    await app.page.getByTestId('ahp-apply').click();
    await waitForNewResult(app, seq);
    const share0 = Number((await app.page.getByTestId('share-0').textContent())?.match(/\d+/)?.[0]);
    expect(share0).toBeLessThan(10); // was 30 %
    await waitForRankingChange(app, before, 5000);
    expect(await rankedCodes(app)).not.toEqual(before);
    await app.closeChecked();
  });

  it('shows stability badges and the one-at-a-time chart for every candidate', async () => {
    const app = await openScoring();
    const badges = await app.page.locator('[data-testid="stability-cell"] .badge').allTextContents();
    expect(badges.length).toBe(12);
    expect(badges[0]).toMatch(/stabil · P\(3 besar\) 100 %/); // Banggai leads in every draw
    await app.page.locator('[data-testid="oat"] summary').click();
    await app.page.getByTestId('oat-criterion').selectOption('1');
    await expect(app.page.locator('[data-testid="oat"] polyline').count()).resolves.toBe(12); // every candidate
    await expect(app.page.getByTestId('oat-reversals').textContent()).resolves.toMatch(/\d+ perubahan urutan/);
    await app.closeChecked();
  });

  it('group AHP: two participants, the geometric-mean group row, applied; a bad judgements file is refused', async () => {
    const app = await openScoring();
    await app.page.locator('[data-testid="ahp-panel"] summary').click();
    await app.page.getByTestId('participant-name').fill('Disperindag');
    for (const j of [1, 2, 3, 4]) await app.page.getByTestId(`ahp-0-${j}`).selectOption('3');
    await app.page.getByTestId('add-participant').click();
    await app.page.getByTestId('participant-name').fill('Akademisi');
    for (const j of [1, 2, 3, 4]) await app.page.getByTestId(`ahp-0-${j}`).selectOption(String(1 / 3));
    const group = app.page.getByTestId('ahp-group');
    await group.waitFor();
    // 3 and 1/3 → geometric mean 1 for every pair: equal group weights (20 % each).
    await expect(group.textContent()).resolves.toMatch(/(20 %.*){5}/);
    const seq = await resultSeq(app);
    await app.page.getByTestId('ahp-apply').click();
    await waitForNewResult(app, seq);
    for (const k of [0, 1, 2, 3, 4])
      await expect(app.page.getByTestId(`share-${k}`).textContent()).resolves.toContain('20 %');
    const bad = { version: 1, criteria: ['ind:kelapa_production'], participants: [{ name: 'X', matrix: [[1]] }] };
    await app.page
      .getByTestId('import-judgements')
      .setInputFiles({ name: 'fgd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect(app.page.getByTestId('judgements-error').textContent()).resolves.toContain(
      'criteria: harus persis kriteria skenario',
    );
    await expect(app.page.locator('[data-testid^="participant-"]').count()).resolves.toBe(3); // 2 participants + name field
    await app.closeChecked();
  });

  it('presets: the usable published set applies with its citation; the others say which data is missing', async () => {
    const app = await openScoring();
    await app.page.locator('[data-testid="presets"] summary').click();
    await expect(app.page.getByTestId('preset-iswanto').textContent()).resolves.toContain('tidak ada data');
    await expect(app.page.getByTestId('apply-iswanto').count()).resolves.toBe(0);
    const seq = await resultSeq(app);
    await app.page.getByTestId('apply-alvin-2008').click();
    await waitForNewResult(app, seq);
    await expect(app.page.getByTestId('share-0').textContent()).resolves.toContain('59 %');
    await expect(app.page.locator('#ranking-heading').textContent()).resolves.toContain(
      'Alvin, Renaldi & Singgih (2008)',
    );
    await app.closeChecked();
  });

  it('adding "distance to the nearest industrial estate" as a criterion changes the ranking', async () => {
    const app = await openScoring();
    let seq = await resultSeq(app);
    await app.page.getByTestId('criterion-3').getByRole('button').click(); // remove dist:estate from the example
    await waitForNewResult(app, seq);
    await app.page.waitForTimeout(300);
    const before = await rankedCodes(app);
    seq = await resultSeq(app);
    await app.page.getByTestId('add-criterion').selectOption('dist:estate');
    await waitForNewResult(app, seq);
    await app.page.getByTestId('criterion-4').locator('select').first().selectOption('cost');
    await app.page.getByTestId('weight-4').fill('100');
    await waitForRankingChange(app, before, 8000);
    expect(await rankedCodes(app)).not.toEqual(before);
    await app.closeChecked();
  });

  it('a ranking row selects the kab/kota on the map, and a map click highlights its row', async () => {
    const app = await openScoring();
    await app.page.locator('[data-testid="ranking"] tr[data-code="72.06"] td').first().click();
    await expect(app.page.getByTestId('profile-kemendagri').textContent()).resolves.toBe('72.06');
    await app.clickMap(BANGGAI.lon, BANGGAI.lat);
    await app.page.waitForSelector('[data-testid="ranking"] tr.selected[data-code="72.01"]');
    await app.closeChecked();
  });
});
