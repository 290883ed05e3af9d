// SPA behaviour that must match separate pages: focus moves to the <h1> and the title changes on every
// route change; search → detail → back restores the query, filters and scroll; typing replaces history.
import { test, expect, ready } from './fixtures.mjs';

test('route change moves focus to the h1 and updates the title', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const before = await page.title();
  await page.getByRole('link', { name: 'Úřady' }).first().click();
  await expect(page).toHaveURL(/\/urady/);
  await expect(page.locator('main h1')).toBeFocused();
  expect(await page.title()).not.toBe(before);
  expect(await page.title()).toContain('Městské úřady');
});

test('search → detail → back restores query, filters and scroll position', async ({ page }) => {
  await page.goto('/hledat?q=pomoc&forma=terenni');
  await ready(page);
  const results = page.locator('[data-testid="result"]');
  await expect(results.first()).toBeVisible();
  const count = await results.count();
  const target = results.nth(Math.min(count - 1, 4));
  await target.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 50));
  const y = await page.evaluate(() => window.scrollY);
  await target.locator('a').click();
  await expect(page).toHaveURL(/\/sluzba\//);
  await page.goBack();
  await expect(page).toHaveURL(/\/hledat\?q=pomoc&forma=terenni/);
  await expect(page.locator('#q')).toHaveValue('pomoc');
  await expect(page.locator('#forma')).toHaveValue('terenni');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y - 80);
});

test('regression_first_cards_first: Back to a long list restores a position below its first cards', async ({ page }) => {
  // The list renders its first cards, then the rest a frame later (issue 16); Back must render it whole
  // before the position is restored, or the page is too short to scroll back to where it was.
  await page.goto('/hledat?skupina=seniori');
  await ready(page);
  const list = page.locator('ul.app-results');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  const results = page.locator('[data-testid="result"]');
  const count = await results.count();
  expect(count).toBeGreaterThan(12);
  const target = results.nth(count - 1);
  await target.scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(1500);
  await target.locator('a').first().click();
  await expect(page).toHaveURL(/\/sluzba\//);
  await page.goBack();
  await expect(page).toHaveURL(/skupina=seniori/);
  await expect(list).toHaveAttribute('aria-busy', 'false');
  // Where it was, not short of it, nor past it (scroll anchoring moved a short page's position to its end
  // once the later cards came in).
  await expect.poll(() => page.evaluate((y) => Math.abs(window.scrollY - y), y)).toBeLessThan(80);
});

test('typing in the search box replaces the history entry', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.goto('/hledat');
  await ready(page);
  const before = await page.evaluate(() => history.length);
  await page.locator('#q').pressSequentially('senior', { delay: 30 });
  await expect(page).toHaveURL(/q=senior/);
  expect(await page.evaluate(() => history.length)).toBe(before);
  await expect(page.locator('[data-testid="result-count"]')).toContainText(/\d/);
});
