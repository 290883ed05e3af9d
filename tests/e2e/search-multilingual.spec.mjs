// Search in English and Ukrainian (issue 13). The lexicons are not in the wasm: the app fetches
// /lexicon/concepts-en.tsv and /lexicon/concepts-uk.tsv after start-up, and a search on screen is read again
// when they arrive. A query in another language, typed in the Czech interface, finds the Czech services
// that fit, and the why line stays Czech (the interface's language) while quoting what the person typed.
import { test, expect, ready } from './fixtures.mjs';
import { setLanguage } from './route-list.mjs';

test.skip(({ isMobile }) => !isMobile, 'the language of a query does not depend on the viewport');

const results = (page) => page.locator('[data-testid="result"]');

test('a Ukrainian query typed in the Czech interface finds the services that fit, with a Czech why', async ({ page }) => {
  await page.goto('/hledat?q=' + encodeURIComponent('де переночувати'));
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cs');
  await expect(results(page).first()).toContainText('Noclehárna');
  const why = results(page).first().locator('.app-card__why');
  await expect(why).toContainText('„переночувати“ → noclehárny');
});

test('the same Ukrainian query in the Ukrainian interface gives a Ukrainian why', async ({ page }) => {
  await setLanguage(page, 'uk');
  await page.goto('/hledat?q=' + encodeURIComponent('де переночувати'));
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(results(page).first()).toContainText('Noclehárna');
  const why = results(page).first().locator('.app-card__why');
  await expect(why).toContainText('«переночувати» → нічліжки');
  await expect(why).not.toContainText('noclehárny');
});

test('Ukrainian typed in Latin letters and an English query find services too', async ({ page }) => {
  await page.goto('/hledat?q=' + encodeURIComponent('dopomoha vdoma'));
  await ready(page);
  await expect(results(page).first()).toContainText('Pečovatelská služba');
  await page.goto('/hledat?q=' + encodeURIComponent('debt advice'));
  await expect(results(page).first().locator('.app-card__why')).toContainText('„debt advice“ → odborné sociální poradenství');
  await expect(page.locator('[data-testid="result-count"]')).not.toContainText(/^0 /);
});

test('the lexicons are served as text, precached by the service worker, and a missing one is a 404', async ({ request }) => {
  for (const lang of ['en', 'uk']) {
    const r = await request.get(`/lexicon/concepts-${lang}.tsv`, { headers: { 'accept-encoding': 'br' } });
    expect(r.status()).toBe(200);
    expect(r.headers()['content-type']).toContain('text/tab-separated-values');
    expect(r.headers()['content-encoding']).toBe('br');
    expect(await r.text()).toContain(' => ');
  }
  const sw = await (await request.get('/sw.js')).text();
  expect(sw).toContain('"/lexicon/concepts-en.tsv"');
  expect(sw).toContain('"/lexicon/concepts-uk.tsv"');
  expect((await request.get('/lexicon/concepts-xx.tsv')).status()).toBe(404);
  // The Czech type explanations left the wasm too (issue 13's size): served and precached the same way.
  const types = await request.get('/lexicon/types.tsv', { headers: { 'accept-encoding': 'br' } });
  expect(types.status()).toBe(200);
  expect(types.headers()['content-type']).toContain('text/tab-separated-values');
  expect(await types.text()).toContain('Pracovnice pečovatelské služby chodí k vám domů');
  expect(sw).toContain('"/lexicon/types.tsv"');
});

test('a service page explains its legal type in plain Czech, from the fetched type table', async ({ page }) => {
  await page.goto('/hledat?q=' + encodeURIComponent('pečovatelská služba'));
  await ready(page);
  await results(page).first().locator('a').first().click();
  await expect(page.locator('h1')).toContainText(/Pečovatelská/i);
  await expect(page.locator('main')).toContainText('Pracovnice pečovatelské služby chodí k vám domů');
});

// Regression: start-up and the first catalogue's load both ask for the Czech tables (src/ui/lexicon.rs). On a
// slow network the second asked while the first was still fetching, and each fetched both files.
test('the czech lexicon was fetched twice on a slow network: it is fetched once', async ({ page }) => {
  const asked = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path === '/lexicon/concepts.tsv' || path === '/lexicon/types.tsv') asked.push(path);
  });
  await page.route(/\/lexicon\/(concepts|types)\.tsv$/, async (r) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await r.continue();
  });
  await page.goto('/hledat?q=' + encodeURIComponent('pecovatelska sluzba'));
  await ready(page);
  await expect(results(page).first()).toContainText('Pečovatelská služba');
  expect(asked.sort()).toEqual(['/lexicon/concepts.tsv', '/lexicon/types.tsv']);
});
