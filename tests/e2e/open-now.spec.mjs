// Issue 14 §5, "open now": with the browser's clock fixed, cards and service pages say whether a service
// is open in Prague time, the "Jen otevřené teď" filter (kept in the URL) removes a closed service, and
// Sundays and public holidays are closed days. The times are of the Benešov demo catalogue.
import { test, expect, ready } from './fixtures.mjs';

const status = (page) => page.locator('[data-testid="open-status"]');
const card = (page, name) => page.locator('[data-testid="result"]', { hasText: name });

test('a card says open until when, and "Jen otevřené teď" removes a closed service', async ({ page }) => {
  // Monday 30 November 2026, 10:00 in Prague (CET).
  await page.clock.setFixedTime(new Date('2026-11-30T09:00:00Z'));
  await page.goto('/hledat?q=dluhy');
  await ready(page);
  await expect(card(page, 'Dluhová poradna Bez dluhů').locator('[data-testid="open-status"]'))
    .toHaveText(/^Otevřeno, zavírá v\s17:00$/);

  await page.goto('/hledat?q=noclehárna');
  await ready(page);
  const shelter = card(page, 'Noclehárna Benešov');
  await expect(shelter.locator('[data-testid="open-status"]')).toHaveText(/^Zavřeno, otevírá v\s19:00$/);
  await expect(card(page, 'Azylový dům pro muže').locator('[data-testid="open-status"]')).toHaveText('Nonstop');
  await page.getByLabel('Jen otevřené teď').check();
  await page.getByRole('button', { name: 'Hledat' }).click();
  await expect(page).toHaveURL(/otevreno=1/);
  await expect(shelter).toHaveCount(0);
  await expect(card(page, 'Azylový dům pro muže')).toHaveCount(1);
  // The state is the URL's: a reload keeps the filter.
  await page.reload();
  await ready(page);
  await expect(page.getByLabel('Jen otevřené teď')).toBeChecked();
  await expect(card(page, 'Noclehárna Benešov')).toHaveCount(0);
});

test('the service page lists the week and says when a closed service opens (Sunday, holiday)', async ({ page }) => {
  // Sunday 29 November 2026, 10:00 in Prague.
  await page.clock.setFixedTime(new Date('2026-11-29T09:00:00Z'));
  await page.goto('/sluzba/dluhova-poradna');
  await ready(page);
  await expect(status(page)).toHaveText(/^Zavřeno, otevírá zítra v\s8:00$/);
  const main = page.locator('main');
  await expect(main).toContainText('Po, St 8:00–17:00');
  await expect(main).toContainText('Út, Čt 8:00–14:00');
  await expect(main).toContainText('Ve státní svátky zavřeno');
});

test('on Christmas Day an office-hours service opens on Monday', async ({ page }) => {
  // Friday 25 December 2026 (a public holiday, then Saturday 26th, a holiday too), 10:00 in Prague.
  await page.clock.setFixedTime(new Date('2026-12-25T09:00:00Z'));
  await page.goto('/sluzba/pecovatelska-sluzba-benesov');
  await ready(page);
  await expect(status(page)).toHaveText(/^Zavřeno, otevírá v\spondělí v\s7:00$/);
});
