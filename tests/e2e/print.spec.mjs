// Issue 14, sections 1 and 4: the printable catalogue (/tisk), result lists that print with contacts,
// and browsing the whole catalogue (/sluzby). Text is checked in the print-media DOM
// (`emulateMedia({ media: 'print' })`: no pdftotext on this machine); Chromium's PDF of /tisk is checked
// for its paper size and page count, and the print-emulated pages are saved as screenshots.
import { readFileSync } from 'node:fs';
import { test, expect, ready, visitThenStop } from './fixtures.mjs';
import { Server } from './server.mjs';

const demo = JSON.parse(readFileSync('public/data/benesov.json', 'utf8'));
const providers = new Map(demo.providers.map((p) => [p.id, p]));
/** The phones that apply to a service: its own, else its provider's. */
const phones = (s) => (s.contacts?.phones?.length ? s.contacts.phones : providers.get(s.provider)?.contacts?.phones ?? []).map((p) => p.number);
const flat = (t) => t.replace(/\s+/g, ' ');

/** Page count and first page size (points) of a PDF from Chromium (uncompressed page tree). */
function pdfInfo(buf) {
  const text = buf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) || []).length;
  const box = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  return { pages, width: Math.round(Number(box?.[1])), height: Math.round(Number(box?.[2])) };
}

test('/tisk prints every service of the Benešov demo with its phone, on numbered A4 pages', async ({ page }, info) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.goto('/tisk');
  await ready(page);
  await expect(page.locator('h1')).toHaveText('Katalog sociálních služeb');
  await page.emulateMedia({ media: 'print' });
  const booklet = page.locator('[data-testid="booklet"]');
  await expect(booklet).toBeVisible();
  // No app chrome on paper.
  for (const chrome of ['.app-header', '.app-footer', '.app-quick-exit', '.bk-controls']) {
    await expect(page.locator(chrome).first()).toBeHidden();
  }
  const text = flat(await booklet.innerText());
  for (const s of demo.services) {
    expect(text, s.name).toContain(flat(s.name));
    for (const p of phones(s)) expect(text, `${s.name}: ${p}`).toContain(p);
  }
  expect(await page.locator('[data-testid="booklet"] .bk-entry').count()).toBe(demo.services.length);
  expect(text).toContain('Rejstřík obcí');
  expect(text).toContain('116 123');
  // A phone number never breaks across lines.
  const wraps = await page.locator('.bk a[href^="tel:"]').evaluateAll((as) => as.filter((a) => getComputedStyle(a).whiteSpace !== 'nowrap').length);
  expect(wraps).toBe(0);
  await page.screenshot({ path: `target/e2e/screenshots/${info.project.name}-print-tisk.png`, fullPage: true });

  const pdf = pdfInfo(await page.pdf({ preferCSSPageSize: true, printBackground: false }));
  expect(pdf.pages).toBeGreaterThan(5);
  expect([pdf.width, pdf.height]).toEqual([595, 842]); // A4 in points
});

test('/tisk by municipality on A5: the choice is in the URL and the PDF is A5', async ({ page }, info) => {
  test.setTimeout(120_000);
  await page.goto('/tisk');
  await ready(page);
  await page.locator('label[for="podle-obec"]').click();
  await page.locator('label[for="papir-a5"]').click();
  await page.getByRole('button', { name: 'Použít' }).click();
  await expect(page).toHaveURL(/podle=obec/);
  await expect(page).toHaveURL(/papir=a5/);
  await expect(page.locator('.bk-group h2').first()).toHaveText('Benešov');
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 560, height: 794 });
  await page.screenshot({ path: `target/e2e/screenshots/${info.project.name}-print-tisk-a5.png`, fullPage: true });
  const pdf = pdfInfo(await page.pdf({ preferCSSPageSize: true }));
  expect([pdf.width, pdf.height]).toEqual([420, 595]); // A5 in points
});

test('a search result list prints with contacts, not names only', async ({ page }, info) => {
  await page.goto('/hledat?q=pecovatelska+sluzba');
  await ready(page);
  // The list is whole once its later cards are in (issue 16: the first ones render first).
  await expect(page.locator('ul.app-results')).toHaveAttribute('aria-busy', 'false');
  const names = (await page.locator('[data-testid="result"] .app-card__title').allInnerTexts()).map(flat);
  expect(names.length).toBeGreaterThan(0);
  // The print link carries the listed services to /tisk, which prints them through the booklet's renderer.
  await page.getByRole('link', { name: 'Vytisknout seznam s kontakty' }).click();
  await expect(page).toHaveURL(/\/tisk\?sluzby=/);
  await expect(page.locator('.bk-controls')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  const list = page.locator('[data-testid="booklet"]');
  await expect(list.locator('.bk-entry').first()).toBeVisible();
  const shown = (await list.locator('.bk-entry h3').allInnerTexts()).map(flat);
  expect(shown).toEqual(names);
  const text = flat(await list.innerText());
  for (const name of shown) {
    const s = demo.services.find((x) => flat(x.name) === name);
    expect(s, name).toBeTruthy();
    for (const p of phones(s)) expect(text, `${name}: ${p}`).toContain(p);
    const a = s.locations?.[0]?.address;
    if (a) expect(text, `${name}: address`).toContain(a.city);
  }
  await page.screenshot({ path: `target/e2e/screenshots/${info.project.name}-print-results.png`, fullPage: true });
});

test('favourites print with contacts through /tisk', async ({ page }) => {
  const s = demo.services[0];
  await page.goto(`/sluzba/${s.id}`);
  await ready(page);
  await page.getByRole('button', { name: 'Přidat do oblíbených' }).click();
  await page.goto('/oblibene');
  await page.getByRole('link', { name: 'Vytisknout seznam s kontakty' }).click();
  await expect(page).toHaveURL(new RegExp(`sluzby=${s.id}$`));
  const list = page.locator('[data-testid="booklet"]');
  await expect(list.locator('.bk-entry')).toHaveCount(1);
  for (const p of phones(s)) await expect(list).toContainText(p);
});

test('/sluzby pages through every service A–Z, with the count, phones and addresses', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await ready(page);
  await page.getByRole('link', { name: 'Zobrazit celý katalog' }).click();
  await expect(page).toHaveURL(/\/sluzby$/);
  await expect(page.locator('h1')).toBeFocused();
  await expect(page.locator('#result-count')).toHaveText(`${demo.services.length}\u00a0služeb`);
  await page.getByRole('link', { name: 'A–Z' }).click();
  await expect(page).toHaveURL(/podle=abc&strana=1/);
  const seen = [];
  for (let i = 0; i < 20; i++) {
    // The URL changes before the page's list is replaced: read only once the pager names this page (a
    // full run once read page 3 again as page 4 and then waited on its "next" link, gone with it).
    await expect(page.locator('#page-of')).toHaveText(new RegExp(` ${i + 1} z \\d+$`));
    await expect(page.locator('.bk-entry').first()).toBeVisible();
    seen.push(...(await page.locator('.bk-entry h3').allInnerTexts()));
    const next = page.locator('#next-page');
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(new RegExp(`strana=${i + 2}`));
  }
  expect(new Set(seen).size).toBe(demo.services.length);
  expect(seen.length).toBe(demo.services.length);
  expect(seen.length).toBeGreaterThan(50); // no cap of 50
  const first = demo.services.find((s) => flat(s.name) === flat(seen[seen.length - 1]));
  const last = flat(await page.locator('.bk-entry').last().innerText());
  for (const p of phones(first)) expect(last).toContain(p);
});

test('/tisk works with the server stopped after one visit (the booklet module is precached)', async ({ page }) => {
  test.skip(test.info().project.name !== 'mobile', 'one viewport is enough');
  test.setTimeout(120_000);
  test.info().annotations.push({ type: 'allow-console-error', description: 'ERR_CONNECTION_REFUSED' });
  const server = new Server(8881);
  test.info().annotations.push({ type: 'allow-third-party', description: server.url });
  await visitThenStop(page, server, '/');
  // First time on /tisk, and no server: the module comes from the worker's precache.
  await page.goto(server.url + '/tisk');
  await ready(page);
  const booklet = page.locator('[data-testid="booklet"]');
  await expect(booklet.locator('.bk-entry')).toHaveCount(demo.services.length);
  await expect(page.locator('[role="alert"]', { hasText: 'nepodařilo připravit' })).toBeHidden();
  const text = flat(await booklet.innerText());
  for (const s of demo.services) for (const p of phones(s)) expect(text, `${s.name}: ${p}`).toContain(p);
});
