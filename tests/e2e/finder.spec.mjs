// The finder: the whole flow by keyboard alone; "Nevím" everywhere still ends with the office card; danger
// answers put crisis lines first; check answers with "Změnit" links; sensitive situations get neutral URLs.
import { test, expect, ready } from './fixtures.mjs';

test('whole finder flow works by keyboard alone', async ({ page }) => {
  await page.goto('/pruvodce');
  await ready(page);
  await page.keyboard.press('Tab'); // skip links and the header come first: walk until the start button
  const start = page.getByRole('link', { name: /Začít/ });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/pruvodce\/kdo/);
  await expect(page.locator('main h1')).toBeFocused();
  // kdo: first radio, then Continue
  await page.locator('#kdo-1').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/pruvodce\/vek/);
  await page.locator('#vek-2').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/pruvodce\/situace/);
  await page.locator('#situace-0').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/pruvodce\/obec/);
  await page.locator('#obec').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/pruvodce\/pomoc/);
  await page.locator('#pomoc-0').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/pruvodce\/shrnuti/);
  await expect(page.getByRole('link', { name: /Změnit/ })).toHaveCount(5);
  await page.getByRole('link', { name: /Ukázat služby/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/pruvodce\/vysledky/);
  await expect(page.locator('[data-testid="office-card"]').last()).toBeVisible();
});

test('"Nevím" to everything still ends with the office card and crisis lines', async ({ page }) => {
  await page.goto('/pruvodce/vysledky');
  await ready(page);
  await expect(page.locator('[data-testid="office-card"]')).toHaveCount(1);
  await expect(page.locator('.app-crisis').first()).toBeVisible();
});

test('danger puts crisis lines first and the URL stays neutral', async ({ page }) => {
  await page.goto('/pruvodce/situace');
  await ready(page);
  const violence = page.getByLabel(/násilí/i).first();
  await violence.check();
  await page.getByRole('button', { name: 'Pokračovat' }).click();
  await expect(page).toHaveURL(/\/pruvodce\/obec/);
  expect(page.url()).not.toMatch(/nasil|domaci|zavislost|sebevra/);
  const url = new URL(page.url());
  await page.goto('/pruvodce/vysledky' + url.search);
  const first = page.locator('main .app-panel--danger');
  await expect(first).toBeVisible();
  const dangerBox = await first.boundingBox();
  const results = await page.locator('main .app-results').boundingBox();
  expect(dangerBox.y).toBeLessThan(results.y);
});
