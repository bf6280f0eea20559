import { AppPage } from '../e2e/app-page';
import { launchBrowser } from '../e2e/browser';
import { serveStatic } from '../e2e/static-server';
const { server, url } = await serveStatic('dist');
const browser = await launchBrowser();
for (const lang of ['id', 'en'] as const) {
  const app = await AppPage.open(browser, url, lang === 'en' ? { lang: 'en' } : {});
  await app.page.setViewportSize({ width: 1440, height: 900 });
  await app.page.waitForTimeout(1500);
  await app.clickMap(121.8878, -2.8121);
  await app.page.waitForTimeout(800);
  await app.page.screenshot({ path: `/tmp/profile-${lang}.png` });
  await app.clickMap(122.072848, -2.9428);
  await app.page.waitForTimeout(600);
  await app.page.screenshot({ path: `/tmp/point-${lang}.png` });
  await app.page.getByTestId('indicator-select').selectOption('kelapa_production');
  await app.page.getByTestId('about-button').click();
  await app.page.waitForTimeout(500);
  await app.page.screenshot({ path: `/tmp/about-${lang}.png` });
  await app.page.keyboard.press('Escape');
  await app.page.getByTestId('region-switch').selectOption('indonesia');
  await app.page.waitForTimeout(2500);
  await app.page.screenshot({ path: `/tmp/national-${lang}.png` });
  console.log(lang, 'off-origin', app.offOrigin.urls.length, 'errors', app.errors);
  await app.close();
}
await browser.close(); server.close();
