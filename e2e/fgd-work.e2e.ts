import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { AppPage } from './app-page';
import { browserPerFile } from './browser-per-file';

// A facilitator's work in an FGD must survive what a room does: switching tabs, changing the
// criteria, presenting other scenarios, reloading the page.
const baseUrl = inject('baseUrl');
let browser: Browser;
browserPerFile((b) => {
  browser = b;
});

const saved = JSON.stringify([
  {
    name: 'B: bahan baku',
    savedAt: '2026-11-22T08:05:00.000Z',
    scenario: {
      version: 1,
      name: 'B: bahan baku',
      scope: { provinces: ['72'] },
      method: 'wlc',
      criteria: [
        {
          id: 'ind:kelapa_production',
          direction: 'benefit',
          normalisation: { kind: 'minmax' },
          weight: 100,
          missing: 'worst',
        },
      ],
      constraints: [],
      top_n: 3,
    },
  },
]);

async function openAhp(app: AppPage) {
  if ((await app.page.getByTestId('scoring-panel').count()) === 0) await app.page.getByTestId('tab-scoring').click();
  await app.page.getByTestId('ahp-panel').waitFor();
  if ((await app.page.getByTestId('ahp-panel').getAttribute('open')) === null)
    await app.page.locator('[data-testid="ahp-panel"] summary').click();
}

async function judgements(app: AppPage) {
  const names: string[] = [];
  const values: string[] = [];
  for (const k of [0, 1, 2]) {
    await app.page.getByTestId(`participant-${k}`).click();
    names.push((await app.page.getByTestId('participant-name').inputValue()) ?? '');
    values.push(await app.page.getByTestId('ahp-0-1').inputValue(), await app.page.getByTestId('ahp-1-2').inputValue());
  }
  return { names, values };
}

describe('an FGD that never loses work', () => {
  it('three participants survive a tab switch, a criteria change, presenting and a reload', async () => {
    const app = await AppPage.open(browser, baseUrl, {
      before: async (page) => {
        await page.addInitScript((s) => localStorage.setItem('sentra-atlas:scenarios', s), saved);
      },
    });
    await openAhp(app);
    const people: [string, string, string][] = [
      ['Disperindag', '3', '0.2'],
      ['Bappeda', '5', '1'],
      ['Akademisi', '0.14285714285714285', '7'],
    ];
    for (const [k, [name, a, b]] of people.entries()) {
      if (k > 0) await app.page.getByTestId('add-participant').click();
      await app.page.getByTestId('participant-name').fill(name);
      await app.page.getByTestId('ahp-0-1').selectOption(a);
      await app.page.getByTestId('ahp-1-2').selectOption(b);
    }
    const expected = { names: people.map((p) => p[0]), values: people.flatMap((p) => [p[1], p[2]]) };
    await expect(judgements(app)).resolves.toEqual(expected);

    // A tab switch unmounts the panel.
    await app.page.getByTestId('tab-map').click();
    await openAhp(app);
    await expect(judgements(app)).resolves.toEqual(expected);

    // Removing the last criterion keeps every judgement between the remaining ones.
    await app.page.locator('[data-testid="criterion-4"] button.link').click();
    await expect(app.page.locator('[data-testid^="criterion-"]').count()).resolves.toBe(4);
    await expect(judgements(app)).resolves.toEqual(expected);

    // Presenting another scenario, then leaving, gives the working scenario back unchanged.
    const before = await app.page.evaluate(() => JSON.stringify(window.__atlasStores?.scoring.getState().scenario));
    await app.page.getByTestId('present-button').click();
    await app.page.getByTestId('presentation-bar').waitFor();
    await app.page.keyboard.press('ArrowRight');
    await expect(app.page.getByTestId('presentation-title').textContent()).resolves.toContain('B: bahan baku');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.getByTestId('presentation-bar').count()).toBe(0);
    const after = await app.page.evaluate(() => JSON.stringify(window.__atlasStores?.scoring.getState().scenario));
    expect(after).toBe(before);
    await openAhp(app);
    await expect(judgements(app)).resolves.toEqual(expected);

    // A reload restores the unsaved working scenario and the judgements.
    await app.page.reload();
    await app.page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, { timeout: 30_000 });
    const reloaded = await app.page.evaluate(() => JSON.stringify(window.__atlasStores?.scoring.getState().scenario));
    expect(reloaded).toBe(before);
    await openAhp(app);
    await expect(judgements(app)).resolves.toEqual(expected);
    await app.closeChecked();
  });

  it('group weights with CR ≥ 0.10 are applied only after a confirmation, and the PDF names AHP, the CR and the warning', async () => {
    const app = await AppPage.open(browser, baseUrl);
    await openAhp(app);
    await app.page.waitForSelector('[data-engine="ready"]', { timeout: 60_000 });
    // Circular judgements: 0 ≫ 1, 1 ≫ 2, yet 2 ≫ 0.
    await app.page.getByTestId('ahp-0-1').selectOption('9');
    await app.page.getByTestId('ahp-1-2').selectOption('9');
    await app.page.getByTestId('ahp-0-2').selectOption(String(1 / 9));
    await app.page.getByTestId('add-participant').click();
    await app.page.getByTestId('ahp-0-1').selectOption('7');
    const weights = () =>
      app.page.evaluate(() => window.__atlasStores?.scoring.getState().scenario.criteria.map((c) => c.weight));
    const before = await weights();
    let message = '';
    app.page.once('dialog', (d) => {
      message = d.message();
      void d.dismiss();
    });
    await app.page.getByTestId('ahp-apply').click();
    await expect.poll(() => message).toMatch(/CR = \d+,\d+ \(≥ 0,10\)/);
    expect(await weights()).toEqual(before);
    app.page.once('dialog', (d) => void d.accept());
    await app.page.getByTestId('ahp-apply').click();
    await expect.poll(weights).not.toEqual(before);
    const ahp = await app.page.evaluate(() => window.__atlasStores?.scoring.getState().scenario.ahp);
    expect(ahp?.accepted_inconsistent).toBe(true);
    expect(ahp?.participants).toHaveLength(2);
    await app.page.waitForFunction(
      () => window.__atlasStores?.scoring.getState().result?.scenario.ahp?.accepted_inconsistent === true,
      undefined,
      { timeout: 15_000 },
    );
    await app.page.getByTestId('export-button').click();
    const [dl] = await Promise.all([
      app.page.waitForEvent('download', { timeout: 90_000 }),
      app.page.getByTestId('export-pdf').click(),
    ]);
    const pdf = readFileSync(await dl.path()).toString('latin1');
    const text = [...pdf.matchAll(/\((.*?)\) Tj/g)].map((m) => m[1]).join('\n');
    expect(text).toContain('Bobot AHP dari 2 peserta');
    expect(text).toMatch(/CR = \d+,\d+/);
    expect(text).toContain('TIDAK konsisten');
    expect(text).toContain('diterapkan meski CR');
    expect(text).not.toContain('bukan AHP');
    await app.closeChecked();
  }, 120_000);

  it('"load the example" replaces the working scenario only after a yes', async () => {
    const app = await AppPage.open(browser, baseUrl);
    await app.page.getByTestId('tab-scoring').click();
    await app.page.getByTestId('scenario-name').fill('Skenario kerja FGD');
    app.page.once('dialog', (d) => void d.dismiss());
    await app.page.getByTestId('load-example').click();
    await expect(app.page.getByTestId('scenario-name').inputValue()).resolves.toBe('Skenario kerja FGD');
    app.page.once('dialog', (d) => void d.accept());
    await app.page.getByTestId('load-example').click();
    await expect(app.page.getByTestId('scenario-name').inputValue()).resolves.toContain('Sentra pengolahan kelapa');
    await app.closeChecked();
  });
});
