import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseObservations } from '../web/src/data/parse-files';
import { buildChoropleth } from '../web/src/domain/choropleth';
import type { Observation, RegionProps } from '../web/src/domain/dataset-types';
import { NO_DATA_RGB, type Rgb } from '../web/src/domain/palette';
import { viewById } from '../web/src/domain/region-views';
import { AppPage } from './app-page';
import { browserPerFile } from './browser-per-file';

const baseUrl = inject('baseUrl');
let browser: Browser;
browserPerFile((b) => {
  browser = b;
});

const MOROWALI = { lon: 121.8878, lat: -2.8121 }; // its label point (inside the polygon)
const IMIP = { lon: 122.072848, lat: -2.9428 };

const pub = (f: string) => readFileSync(resolve(import.meta.dirname, '../public/data', f), 'utf8');
const observations = parseObservations('observations.csv', pub('observations.csv'));
const regions = (
  JSON.parse(pub('regions.topo.json')) as { objects: { regions: { geometries: { properties: RegionProps }[] } } }
).objects.regions.geometries.map((g) => g.properties);
const headline = (indicator: string) =>
  new Map(
    observations
      .filter((o) => o.indicator === indicator && o.headline)
      .map((o): [string, Observation] => [o.kemendagri_code, o]),
  );

/** The kab/kota fill (opacity 0.92) over the sea-coloured background, as the screen shows it. */
const SEA: Rgb = [207, 226, 238];
const onScreen = (c: Rgb): Rgb => c.map((v, i) => Math.round(v * 0.92 + (SEA[i] as number) * 0.08)) as unknown as Rgb;
const near = (a: readonly number[], b: readonly number[], tol = 4) =>
  a.every((v, i) => Math.abs(v - (b[i] as number)) <= tol);

async function openApp(opts?: Parameters<typeof AppPage.open>[2]) {
  return AppPage.open(browser, baseUrl, opts);
}

describe('the dashboard, offline, in Chromium', () => {
  it('ships a Content-Security-Policy that allows only its own origin', async () => {
    const app = await AppPage.open(browser, baseUrl);
    const csp = await app.page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self' blob: data:");
    // An off-origin fetch from page code is stopped by the policy itself (not only by the test's block).
    const blocked = await app.page.evaluate(() =>
      fetch('https://example.com/x.csv').then(
        () => 'sent',
        () => 'refused',
      ),
    );
    expect(blocked).toBe('refused');
    await expect(app.cspViolations()).resolves.toEqual(['connect-src https://example.com/x.csv']);
    expect(app.offOrigin.urls).toEqual([]); // the policy stopped it before the network
    await app.close();
  });

  it('draws the population choropleth: Morowali has the colour of its class, not "no data"', async () => {
    const app = await openApp();
    const model = buildChoropleth(regions, headline('pop_2024'), viewById('sulteng'));
    const expected = model.fill.get('72.06') as Rgb;
    expect(expected).not.toEqual(NO_DATA_RGB);
    const seen = await app.colourAt(MOROWALI.lon, MOROWALI.lat);
    expect(near(seen, onScreen(expected)), `saw ${seen}, expected ${onScreen(expected)}`).toBe(true);
    await expect(app.page.getByTestId('legend-coverage').textContent()).resolves.toContain('13 dari 13');
    await app.closeChecked();
  });

  it('shows "no data" grey where coconut production is unknown, and a class colour where it is known', async () => {
    const app = await openApp();
    await app.page.getByTestId('indicator-select').selectOption('kelapa_production');
    await app.page.waitForTimeout(400);
    const morowali = await app.colourAt(MOROWALI.lon, MOROWALI.lat); // no coconut figure
    expect(near(morowali, onScreen(NO_DATA_RGB)), `saw ${morowali}`).toBe(true);
    const banggai = await app.colourAt(122.3733, -1.0633); // 50,760 t (Pemkab 2025)
    expect(near(banggai, onScreen(NO_DATA_RGB))).toBe(false);
    const noData = await app.page.getByTestId('legend-no-data').textContent();
    expect(noData).toMatch(/Tidak ada data\s*11/);
    await app.closeChecked();
  });

  it('clicking Morowali opens its profile with both codes, population, year and source', async () => {
    const app = await openApp();
    await app.clickMap(MOROWALI.lon, MOROWALI.lat);
    const profile = app.page.getByTestId('region-profile');
    await profile.waitFor();
    await expect(profile.locator('h2').textContent()).resolves.toBe('Kabupaten Morowali');
    await expect(app.page.getByTestId('profile-bps').textContent()).resolves.toBe('7203');
    await expect(app.page.getByTestId('profile-kemendagri').textContent()).resolves.toBe('72.06');
    const pop = await profile.locator('tr[data-indicator="pop_2024"]').textContent();
    expect(pop).toContain('198.968 jiwa');
    expect(pop).toContain('Tahun: 2024');
    expect(pop).toContain('cahyadsn/wilayah');
    const points = await app.page.getByTestId('profile-points').textContent();
    expect(points).toContain('Indonesia Morowali Industrial Park (IMIP)');
    await app.closeChecked();
  });

  it('switches to English and keeps it after a reload', async () => {
    const app = await openApp();
    await expect(app.page.locator('.subtitle').textContent()).resolves.toBe('Peta analisis lokasi Sentra IKM');
    await app.page.getByTestId('lang-switch').click();
    await expect(app.page.locator('.subtitle').textContent()).resolves.toBe('Site analysis map for Sentra IKM');
    await expect(app.page.getByTestId('legend-no-data').textContent()).resolves.toContain('No data');
    await expect(app.page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await app.page.reload();
    await app.page.waitForSelector('.app[data-data-status="done"]');
    await expect(app.page.getByTestId('legend-coverage').textContent()).resolves.toContain('13 of 13 kab/kota');
    await app.closeChecked();
  });

  it('finds kab/kota by either code without confusing them (7206 is Toli-Toli, 72.06 is Morowali)', async () => {
    const app = await openApp();
    const search = app.page.getByTestId('search');
    await search.fill('7206');
    await expect(app.page.getByTestId('search-hits').locator('li').first().textContent()).resolves.toContain(
      'Kabupaten Toli-Toli',
    );
    await search.fill('72.06');
    await expect(app.page.getByTestId('search-hits').locator('li').first().textContent()).resolves.toContain(
      'Kabupaten Morowali',
    );
    await search.press('Enter');
    await expect(app.page.getByTestId('profile-bps').textContent()).resolves.toBe('7203');
    await app.closeChecked();
  });

  it('clicking IMIP shows its detail with the approximate-coordinate warning', async () => {
    const app = await openApp();
    // The point layers start right after the first map frame.
    await app.page.waitForFunction(
      () => document.querySelector('canvas#deckgl-overlay, .map canvas + canvas') !== null,
    );
    await app.page.waitForTimeout(1500);
    await app.clickMap(IMIP.lon, IMIP.lat);
    const detail = app.page.getByTestId('point-detail');
    await detail.waitFor({ timeout: 10_000 });
    await expect(detail.locator('h2').textContent()).resolves.toContain('IMIP');
    await expect(app.page.getByTestId('point-coordinate').textContent()).resolves.toContain('Perkiraan');
    await app.closeChecked();
  });

  it('switches region: the legend classes follow NTB', async () => {
    const app = await openApp();
    await app.page.getByTestId('region-switch').selectOption('ntb');
    await expect(app.page.getByTestId('legend-coverage').textContent()).resolves.toContain('10 dari 10');
    await expect(app.page.getByTestId('legend-coverage').textContent()).resolves.toContain('Nusa Tenggara Barat');
    await app.closeChecked();
  });

  it('proximity: an island kab/kota needs a sea crossing; the origin–destination table downloads as CSV', async () => {
    const app = await openApp();
    await app.page.getByTestId('search').fill('Banggai Laut');
    await app.page.getByTestId('search').press('Enter');
    const nearest = app.page.getByTestId('nearest-facilities');
    await nearest.waitFor();
    await expect(nearest.textContent()).resolves.toContain('perlu penyeberangan laut');
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByTestId('download-od').click(),
    ]);
    const path = await download.path();
    const csv = readFileSync(path as string, 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toMatch(/^# Sentra Atlas origin–destination table/);
    expect(csv[1]).toMatch(/^origin_kemendagri,origin_bps,origin_name,facility_id/);
    // 13 kab/kota × every located estate/KEK and port (224 ports: 101 merged in Sulteng, Sulsel, NTB).
    const shipped = JSON.parse(pub('points.json')) as Record<string, Array<{ lon: number | null }>>;
    const located = [...(shipped.estates ?? []), ...(shipped.ports ?? [])].filter((p) => p.lon !== null).length;
    expect(located).toBe(17 + 224);
    expect(csv.length - 2).toBe(13 * located);
    await app.closeChecked();
  });

  it('catchment: IMIP with rings, a supply table with coverage, and arcs from supplying kab/kota', async () => {
    const app = await openApp();
    await app.page.waitForTimeout(1500); // the point layers start after the first map frame
    await app.clickMap(IMIP.lon, IMIP.lat);
    await app.page.getByTestId('show-catchment').click();
    await app.page.getByTestId('catchment-indicator').selectOption('kakao_production');
    await app.page.getByTestId('radius-2').fill('300');
    const panel = app.page.getByTestId('catchment');
    await expect(panel.getAttribute('data-rings')).resolves.toBe('3');
    expect(Number(await panel.getAttribute('data-arcs'))).toBeGreaterThan(2); // cocoa kab/kota within 300 km
    const table = await app.page.getByTestId('catchment-table').textContent();
    expect(table).toContain('300 km');
    expect(table).toContain('2019');
    await expect(panel.textContent()).resolves.toMatch(/\d+ kab\/kota dalam 300 km tanpa data/);
    await app.closeChecked();
  });

  it('a corrupt data file is named in an error and the rest keeps working', async () => {
    const app = await openApp({
      before: async (page) => {
        await page.route('**/data/points.json', (r) => r.fulfill({ status: 200, body: '{"sentra": [ broken' }));
        // A map tile in view (north-east of Central Sulawesi) that is not a vector tile.
        await page.route('**/tiles/6/54/31.pbf', (r) => r.fulfill({ status: 200, body: 'not a tile' }));
      },
    });
    const banner = () => app.page.getByTestId('data-errors').textContent();
    expect(await banner()).toContain('points.json');
    expect(await banner()).toContain('not valid JSON');
    await expect.poll(banner).toContain('tiles/6/54/31.pbf');
    // The map, legend and profile still work.
    await expect(app.page.getByTestId('legend-coverage').textContent()).resolves.toContain('13 dari 13');
    await app.clickMap(MOROWALI.lon, MOROWALI.lat);
    await expect(app.page.getByTestId('profile-kemendagri').textContent()).resolves.toBe('72.06');
    await app.closeChecked();
  });
});
