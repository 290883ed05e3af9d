// The Ukrainian interface (issue 13): chosen in settings or, on a first visit, from the browser's languages;
// its words come from a language pack that the service worker keeps, so it works offline after one visit.
import { test, expect, ready } from './fixtures.mjs';
import { setLanguage } from './route-list.mjs';

test('a first visit from a Ukrainian browser is in Ukrainian, with <html lang="uk">', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'uk-UA' });
  const page = await context.newPage();
  await page.goto('/');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.locator('main h1')).toHaveText('Знайдіть допомогу поруч');
  await expect(page.locator('#quick-exit')).toContainText('Швидкий вихід');
  await context.close();
});

test('settings switch to Ukrainian and back; plurals and type names are Ukrainian', async ({ page }) => {
  await setLanguage(page, 'uk');
  await expect(page.locator('main h1')).toHaveText('Налаштування');
  await page.goto('/hledat?q=pecovatelska+sluzba');
  await ready(page);
  await expect(page.getByTestId('result-count')).toContainText(/\d+\s(послуга|послуги|послуг|результат)/);
  const card = page.locator('[data-testid="result"]').first();
  await expect(card).toContainText('служба догляду вдома');
  await setLanguage(page, 'cs');
  await expect(page.locator('main h1')).toHaveText('Nastavení');
});

test('Ukrainian works offline after one visit (the pack is precached)', async ({ page, context }) => {
  // The catalogue's update check fails while offline and the browser logs it; that is expected here.
  test.info().annotations.push({ type: 'allow-console-error', description: 'ERR_INTERNET_DISCONNECTED' });
  await setLanguage(page, 'uk');
  // Wait for the service worker to control the page, so that its precache (with the packs) is complete.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await ready(page);
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.locator('main h1')).toHaveText('Налаштування');
  await context.setOffline(false);
});
