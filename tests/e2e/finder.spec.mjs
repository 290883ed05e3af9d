// The finder: the whole flow by keyboard alone; "Nevím" everywhere still ends with the office card; danger
// answers put crisis lines first; check answers with "Změnit" links; sensitive situations get neutral URLs.
import { readFileSync } from 'node:fs';
import { test, expect, ready } from './fixtures.mjs';

const catalogue = JSON.parse(readFileSync(new URL('../../public/data/benesov.json', import.meta.url), 'utf8'));

/** Keyboard only: focus the Continue button and press Enter. */
async function continueByKeyboard(page) {
  await page.getByRole('button', { name: 'Pokračovat' }).focus();
  await page.keyboard.press('Enter');
}

test('whole finder flow works by keyboard alone', async ({ page }) => {
  await page.goto('/pruvodce');
  await ready(page);
  await page.getByRole('link', { name: 'Začít' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/pruvodce\/kdo/);
  await expect(page.locator('main h1')).toBeFocused();
  await page.locator('#kdo-1').focus();
  await page.keyboard.press('Space');
  await continueByKeyboard(page);
  await expect(page).toHaveURL(/\/pruvodce\/vek/);
  await page.locator('#vek-2').focus();
  await page.keyboard.press('Space');
  await continueByKeyboard(page);
  await expect(page).toHaveURL(/\/pruvodce\/situace/);
  await page.locator('#situace-0').focus();
  await page.keyboard.press('Space');
  await continueByKeyboard(page);
  await expect(page).toHaveURL(/\/pruvodce\/obec/);
  await page.locator('#obec').focus();
  await page.keyboard.press('ArrowDown');
  await continueByKeyboard(page);
  await expect(page).toHaveURL(/\/pruvodce\/pomoc\?.*obec=/);
  await page.locator('#pomoc-0').focus();
  await page.keyboard.press('Space');
  await continueByKeyboard(page);
  await expect(page).toHaveURL(/\/pruvodce\/shrnuti/);
  await expect(page.getByRole('link', { name: /Změnit/ })).toHaveCount(5);
  await page.getByRole('link', { name: 'Ukázat služby' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/pruvodce\/vysledky/);
  await expect(page.locator('[data-testid="office-card"]').last()).toBeVisible();
});

test('"Nevím" to everything still ends with the office card and crisis lines', async ({ page }) => {
  await page.goto('/pruvodce/vysledky');
  await ready(page);
  await expect(page.locator('[data-testid="office-card"]')).toHaveCount(1);
  await expect(page.locator('main .app-crisis').first()).toBeVisible();
});

test('"Změnit" returns to the question and back to the check page', async ({ page }) => {
  await page.goto('/pruvodce/shrnuti?kdo=ja');
  await ready(page);
  await page.getByRole('link', { name: /Změnit/ }).first().click();
  await expect(page).toHaveURL(/\/pruvodce\/kdo\?.*zmena=1/);
  await expect(page.locator('#kdo-0')).toBeChecked();
  await page.locator('#kdo-1').check();
  await page.getByRole('button', { name: 'Pokračovat' }).click();
  await expect(page).toHaveURL(/\/pruvodce\/shrnuti/);
});

test('danger puts crisis lines first and the URL stays neutral', async ({ page }) => {
  const i = catalogue.life_situations.findIndex((s) => s.danger);
  expect(i, 'the demo catalogue has a danger situation').toBeGreaterThanOrEqual(0);
  const danger = catalogue.life_situations[i];
  await page.goto('/pruvodce/situace');
  await ready(page);
  await page.locator(`#situace-${i}`).check();
  await page.getByRole('button', { name: 'Pokračovat' }).click();
  await expect(page).toHaveURL(/\/pruvodce\/obec/);
  const words = [danger.id, ...danger.id.split('-')].filter((w) => w.length > 3);
  for (const w of words) expect(page.url()).not.toContain(w);
  await page.goto('/pruvodce/vysledky' + new URL(page.url()).search);
  const first = page.locator('main .app-panel--danger');
  await expect(first).toBeVisible();
  const dangerBox = await first.boundingBox();
  const results = await page.locator('main .app-results').boundingBox();
  expect(dangerBox.y).toBeLessThan(results.y);
});
