// Catalogues and documents through files and Cache Storage (issue 14, parts 2 and 3), offline the honest
// way: the server is stopped (setOffline does not cover the service worker). Settings' file input and
// buttons and each document's "save for reading offline" come from the lazy module (src/bin/booklet),
// which must itself load from the worker's cache. A catalogue file is loaded with `setInputFiles`; "save
// to file" is caught as a download; a document kept for reading offline is read back through the service
// worker with the server gone; "clear my data" removes it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, ready, stored, offlineAfterVisit } from './fixtures.mjs';
import { Server } from './server.mjs';
import { manifest, dated, snapshotText } from './publish.mjs';

test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'files and storage do not depend on the viewport');

const root = new URL('../..', import.meta.url).pathname;
const dataDate = (page) => page.locator('[data-testid="data-date"]').first();
const status = (page) => page.locator('[data-testid="catalogue-file-status"]');
const czDate = (iso) => iso.split('-').reverse().map((p) => String(Number(p))).join('.\u00a0');
const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
const DOC = '/docs/kpss-2026-2028-navrh-demo.pdf';
const TITLE = 'Komunitní plán sociálních služeb okresu Benešov 2026–2028';

test('a catalogue file loaded in settings with the server stopped is stored, shown and searchable', async ({ page }) => {
  const server = await offlineAfterVisit(page, new Server(8884), '/nastaveni');
  const newer = dated('2099-01-31', snapshotText().replace('Pečovatelská služba', 'Pečovatelská služba ze souboru'));
  await page.locator('#catalogue-file').setInputFiles(file('benesov-2099-01-31.json', newer));
  await expect(status(page)).toContainText('Katalog ze souboru je uložený a\u00a0zobrazený: okres Benešov');
  await expect(dataDate(page)).toContainText(czDate('2099-01-31'));
  await page.goto(server.url + '/hledat?q=pecovatelska+sluzba+ze+souboru');
  await expect(page.locator('[data-testid="result"]').first()).toContainText('ze souboru');
  await page.reload();
  await expect(dataDate(page)).toContainText(czDate('2099-01-31'));
});

test('a bad catalogue file changes nothing and says what and where', async ({ page }) => {
  await page.goto('/nastaveni');
  await ready(page);
  await stored(page);
  const date = await dataDate(page).textContent();
  const input = page.locator('#catalogue-file');
  const text = snapshotText();
  const m = manifest();
  // The file its manifest describes: the published copy (compact, `katalog publish`), not the source.
  const published = readFileSync(join(root, 'dist', m.snapshot_url), 'utf8');
  const cases = [
    [[file('benesov.json', text.slice(0, 4000))], /není platný JSON.*na řádku a\u00a0sloupci \d+:\d+/],
    [[file('benesov.json', text.replace('"region_id": "benesov"', '"region_id": ""'))], '$.meta.region_id'],
    [[file('benesov.json', published), file('benesov.manifest.json', JSON.stringify({ ...m, sha256: '0'.repeat(64) }))], 'SHA-256'],
    [[file('benesov.json', published), file('benesov.manifest.json', JSON.stringify({ ...m, bytes: 12 }))], ' / 12.'],
    [[file('benesov.json', published), file('benesov.manifest.json', '{"not": "a manifest"}')], 'Manifest (.manifest.json) není platný'],
    [[file('benesov.json', text), file('jiny.json', text)], 'jen jeden katalog'],
    [[file('benesov.json', dated('2000-01-01'))], 'starší'],
    [[file('praha.json', text.replace('"region_id": "benesov"', '"region_id": "praha-99"'))], 'území, které aplikace nenabízí'],
  ];
  for (const [files, why] of cases) {
    await input.setInputFiles(files);
    await expect(status(page)).toContainText('Soubor jsme nenačetli, nic se nezměnilo.');
    await expect(status(page)).toContainText(why);
    await expect(status(page)).toHaveClass(/app-error-message/);
    await expect(dataDate(page)).toHaveText(date);
  }
  await page.reload();
  await ready(page);
  await expect(dataDate(page)).toHaveText(date);
});

test('"save to file" downloads the stored snapshot byte for byte, and that file loads on another device', async ({ page, browser }) => {
  await page.goto('/nastaveni');
  await ready(page);
  await stored(page);
  const m = manifest();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#catalogue-save').click()]);
  expect(download.suggestedFilename()).toBe(`benesov-${m.data_date}.json`);
  await expect(status(page)).toContainText(`benesov-${m.data_date}.json`);
  const got = readFileSync(await download.path());
  expect(got.equals(readFileSync(join(root, 'dist', m.snapshot_url)))).toBe(true);
  // Another device: a fresh profile takes the saved file as it is (same date: not older).
  const other = await browser.newContext({ baseURL: page.url() });
  const second = await other.newPage();
  await second.goto('/nastaveni');
  await ready(second);
  await second.locator('#catalogue-file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: got });
  await expect(status(second)).toContainText('uložený a\u00a0zobrazený');
  await other.close();
});

test('a document saved for reading offline opens with the server stopped, and "clear my data" removes it', async ({ page }) => {
  const server = await offlineAfterVisit(page, new Server(8886), '/dokumenty');
  await server.start();
  try {
    const offer = page.getByRole('button', { name: /Uložit pro čtení bez připojení/ });
    await expect(offer).toHaveCount(1);
    await expect(offer).toContainText('(1\u00a0kB)');
    await offer.click();
    await expect(page.getByText('Uloženo pro čtení bez připojení.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Odebrat' })).toBeFocused();
  } finally {
    await server.stop();
  }
  const read = () => page.evaluate(async (url) => {
    const r = await fetch(url).catch(() => null);
    return r ? `${r.status} ${(await r.text()).slice(0, 5)}` : 'failed';
  }, DOC);
  expect(await read()).toBe('200 %PDF-');
  // Opened as a page (a link's navigation), still with no server: shown, or handed over as a download.
  const downloaded = page.waitForEvent('download', { timeout: 15000 })
    .then(async (d) => readFileSync(await d.path()).subarray(0, 5).toString()).catch(() => null);
  const response = await page.goto(server.url + DOC).catch(() => null);
  const opened = response ? (await response.body()).subarray(0, 5).toString() : await downloaded;
  expect(opened).toBe('%PDF-');
  await page.goto(server.url + '/nastaveni');
  const list = page.locator('[data-testid="saved-documents"]');
  await expect(list).toContainText(TITLE);
  await expect(list).toContainText('1\u00a0kB');
  await page.getByRole('button', { name: 'Smazat moje data z\u00a0tohoto zařízení' }).click();
  await expect(page.getByText(/^Hotovo\./)).toBeVisible();
  expect(await page.evaluate(() => caches.has('pruvodce-documents'))).toBe(false);
});

test('a saved document can be removed in settings', async ({ page }) => {
  await page.goto('/dokumenty');
  await ready(page);
  await page.getByRole('button', { name: /Uložit pro čtení bez připojení/ }).click();
  await expect(page.getByText('Uloženo pro čtení bez připojení.')).toBeVisible();
  await page.goto('/nastaveni');
  const list = page.locator('[data-testid="saved-documents"]');
  await expect(list).toContainText(TITLE);
  await list.getByRole('button', { name: 'Odebrat' }).click();
  await expect(list).toContainText('Žádné dokumenty nejsou uložené.');
  expect(await page.evaluate((url) => caches.open('pruvodce-documents').then((c) => c.match(url)).then(Boolean), DOC)).toBe(false);
});
