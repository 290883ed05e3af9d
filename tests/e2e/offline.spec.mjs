// Offline and update behaviour, tested the honest way: the real server is stopped (or a request is
// answered with bad data) rather than `setOffline`, which does not stop the service worker's requests.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, ready } from './fixtures.mjs';
import { Server } from './server.mjs';

test.describe.configure({ mode: 'serial' });
test.skip(({ }, info) => info.project.name === 'mobile', 'offline behaviour does not depend on the viewport');

const root = new URL('../..', import.meta.url).pathname;
const manifest = () => JSON.parse(readFileSync(join(root, 'dist/data/benesov.manifest.json'), 'utf8'));
const snapshotText = () => readFileSync(join(root, 'public/data/benesov.json'), 'utf8');

/** A new valid snapshot and its manifest, served at a new content-hashed URL. */
function publish(text) {
  const bytes = Buffer.from(text, 'utf8');
  const sha = createHash('sha256').update(bytes).digest('hex');
  const m = { ...manifest(), sha256: sha, bytes: bytes.length, data_date: JSON.parse(text).meta.data_date, snapshot_url: `/data/benesov-${sha.slice(0, 16)}.json` };
  return { m, bytes };
}

async function routeData(page, m, body) {
  await page.route('**/data/benesov.manifest.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(m) }));
  await page.route(`**${m.snapshot_url}`, (r) => r.fulfill({ contentType: 'application/json', body }));
}

let port = 8850;
const nextPort = () => (port += 2);

test('after one visit, search, the finder and a service detail work with the server stopped', async ({ page }) => {
  const server = new Server(nextPort());
  await server.start();
  try {
    await page.goto(server.url + '/hledat?q=pecovatelska');
    await ready(page);
    await expect(page.locator('[data-testid="result"]').first()).toBeVisible();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const detail = await page.locator('[data-testid="result"] a').first().getAttribute('href');
    await server.stop();
    await page.reload();
    await expect(page.locator('[data-testid="result"]').first()).toBeVisible();
    await page.goto(server.url + detail);
    await expect(page.locator('main h1')).not.toHaveText(/nenalezena/);
    await page.goto(server.url + '/pruvodce/vysledky?kdo=ja');
    await expect(page.locator('[data-testid="office-card"]')).toBeVisible();
    await expect(page.locator('[data-testid="offline"]')).toBeVisible();
  } finally {
    await server.stop();
  }
});

test('a corrupted snapshot or a wrong hash keeps the old data and says so', async ({ page, baseURL }) => {
  await page.goto('/hledat?q=senior');
  await ready(page);
  const date = await page.locator('[data-testid="data-date"]').innerText();
  const { m } = publish(snapshotText().replace('"data_date": "', '"data_date": "2099'));
  await routeData(page, m, snapshotText().slice(0, 1000) + 'garbage');
  await page.reload();
  await expect(page.locator('.app-notices')).toContainText(/poškozený/);
  await expect(page.locator('[data-testid="data-date"]')).toHaveText(date);
  await expect(page.locator('[data-testid="result"]').first()).toBeVisible();
  void baseURL;
});

test('a truncated snapshot is detected and nothing is stored', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const date = await page.locator('[data-testid="data-date"]').innerText();
  const text = snapshotText().replace(/"data_date": "[^"]+"/, '"data_date": "2026-11-21"');
  const { m, bytes } = publish(text);
  await routeData(page, m, bytes.subarray(0, Math.floor(bytes.length / 2)));
  await page.reload();
  await expect(page.locator('.app-notices')).toContainText(/poškozený/);
  await page.unrouteAll();
  await page.route('**/data/benesov.manifest.json', (r) => r.abort());
  await page.reload();
  await expect(page.locator('[data-testid="data-date"]')).toHaveText(date);
});

test('a newly published snapshot appears after the swap', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const text = snapshotText().replace(/"data_date": "[^"]+"/, '"data_date": "2026-11-20"').replace(/"name": "Pečovatelská služba/, '"name": "Nově zveřejněná pečovatelská služba');
  const { m, bytes } = publish(text);
  await routeData(page, m, bytes);
  await page.reload();
  await expect(page.locator('.app-notices')).toContainText('Katalog aktualizován');
  await expect(page.locator('[data-testid="data-date"]')).toContainText('20.\u00a011.\u00a02026');
  await page.unrouteAll();
  await page.route('**/data/benesov.manifest.json', (r) => r.abort());
  await page.goto('/hledat?q=nove+zverejnena');
  await expect(page.locator('[data-testid="result"]').first()).toContainText('Nově zveřejněná');
});

test('a comment written offline is delivered exactly once when the server is back', async ({ page }) => {
  const server = new Server(nextPort());
  await server.start();
  try {
    await page.goto(server.url + '/pripominky');
    await ready(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await server.stop();
    await page.reload();
    await page.locator('#comment-text').fill('V plánu chybí odlehčovací služba pro Votice.');
    await page.getByRole('button', { name: 'Odeslat připomínku' }).click();
    await expect(page.locator('[data-testid="outbox"]')).toContainText(/čeká|chyba/);
    await server.start();
    await page.reload();
    await expect(page.locator('[data-testid="outbox"]')).toContainText('odesláno', { timeout: 20_000 });
    await page.reload();
    await page.waitForTimeout(1500);
    expect(server.inbox().filter((c) => c.text.includes('odlehčovací služba pro Votice'))).toHaveLength(1);
  } finally {
    await server.stop();
  }
});

test('a new app build shows the update prompt and reloading loads the new shell', async ({ page }) => {
  const server = Server.withCopy(nextPort());
  await server.start();
  try {
    await page.goto(server.url + '/');
    await ready(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Deploy a new build: a changed service worker and shell (old hashed files stay on the server).
    appendFileSync(join(server.dist, 'sw.js'), '\n// build 2\n');
    const index = join(server.dist, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<meta name="x-build" content="2">\n  <title>'));
    await page.reload();
    const prompt = page.getByRole('button', { name: 'Nová verze aplikace – načíst' });
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    await prompt.click();
    await expect(page.locator('meta[name="x-build"]')).toHaveCount(1, { timeout: 20_000 });
    await ready(page);
  } finally {
    await server.stop();
  }
});

test('with storage quota forced low, the update fails gracefully and search still works', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await page.goto('/nastaveni');
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 2000 });
  await page.goto('/hledat?q=pecovatelska');
  await expect(page.locator('[data-testid="result"]').first()).toBeVisible();
  await expect(page.locator('.app-notices')).toContainText(/místo|prohlížeč nedovolí/);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
});
