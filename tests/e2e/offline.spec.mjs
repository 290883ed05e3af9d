// Downloads and the comment outbox, tested the honest way: bad data is served for real requests, the
// comment endpoint is cut off and restored, and a new build is deployed onto the running server.
import { readFileSync, writeFileSync, appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, ready } from './fixtures.mjs';
import { Server, exportComments } from './server.mjs';
import { snapshotText, publish, routeData } from './publish.mjs';

test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'download behaviour does not depend on the viewport');

const root = new URL('../..', import.meta.url).pathname;
test('a corrupted snapshot is refused with a message, and the offices are shown instead', async ({ page }) => {
  const { m } = publish(snapshotText());
  await routeData(page, m, snapshotText().slice(0, 1000) + 'garbage');
  await page.goto('/');
  await expect(page.locator('.app-notices')).toContainText(/poškozený/);
  await expect(page.locator('[data-testid="office-card"]').first()).toBeVisible();
});

test('a truncated snapshot (short body for its manifest) is detected', async ({ page }) => {
  const { m, bytes } = publish(snapshotText().replace(/"data_date": "[^"]+"/, '"data_date": "2026-11-21"'));
  await routeData(page, m, bytes.subarray(0, Math.floor(bytes.length / 2)));
  await page.goto('/');
  await expect(page.locator('.app-notices')).toContainText(/poškozený/);
  await expect(page.locator('[data-testid="data-date"]')).toBeHidden();
});

// Issue 16: the browser hashes the body (crypto.subtle), not the wasm. A body of the right length that still
// parses and validates, but is not the published one, is caught by nothing but that hash.
test('a body changed without changing its length is refused by its SHA-256', async ({ page }) => {
  const { m, bytes } = publish(snapshotText().replace(/"data_date": "[^"]+"/, '"data_date": "2026-11-22"'));
  const text = bytes.toString('utf8');
  const changed = text.replace('Pečovatelská služba', 'Pečovatelská službA');
  expect(changed).not.toBe(text);
  expect(Buffer.byteLength(changed)).toBe(bytes.length);
  await routeData(page, m, changed);
  await page.goto('/');
  await expect(page.locator('.app-notices')).toContainText(/poškozený/);
  await expect(page.locator('[data-testid="data-date"]')).toBeHidden();
});

test('a newly published snapshot is shown', async ({ page }) => {
  const text = snapshotText().replace(/"data_date": "[^"]+"/, '"data_date": "2026-11-20"').replace(/"name": "Pečovatelská služba/, '"name": "Nově zveřejněná pečovatelská služba');
  const { m, bytes } = publish(text);
  await routeData(page, m, bytes);
  await page.goto('/hledat?q=nove+zverejnena');
  await expect(page.locator('[data-testid="data-date"]')).toContainText('20.\u00a011.\u00a02026');
  await expect(page.locator('[data-testid="result"]').first()).toContainText('Nově zveřejněná');
});

test('a comment written while the endpoint is unreachable is delivered exactly once later', async ({ page }) => {
  // The cut-off request is logged by the browser; that is the point of this test, not a fault.
  test.info().annotations.push({ type: 'allow-console-error', description: 'ERR_INTERNET_DISCONNECTED' });
  const text = `V plánu chybí odlehčovací služba pro Votice (${Date.now()}).`;
  // Cut off at the context, not the page: the service worker's Background Sync sends the outbox too,
  // and a page route does not see the worker's requests.
  await page.context().route('**/api/pripominky', (r) => r.abort('internetdisconnected'));
  await page.goto('/pripominky');
  await ready(page);
  await page.locator('#comment-text').fill(text);
  await page.getByRole('button', { name: 'Odeslat připomínku' }).click();
  await expect(page.locator('[data-testid="outbox"]')).toContainText('chyba');
  await page.context().unroute('**/api/pripominky');
  await page.reload();
  await expect(page.locator('[data-testid="outbox"]')).toContainText('odesláno', { timeout: 20_000 });
  await page.reload();
  await ready(page);
  await page.waitForTimeout(1000);
  const stored = exportComments(join(root, 'target/e2e/nginx/pripominky.sqlite')).filter((c) => c.text === text);
  expect(stored).toHaveLength(1);
});

test('a new app build shows the update prompt, and loading it brings the new shell', async ({ page }) => {
  const server = Server.withCopy(8852);
  test.info().annotations.push({ type: 'allow-third-party', description: server.url });
  await server.start();
  try {
    await page.goto(server.url + '/');
    await ready(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Deploy a new build on the same server: a changed service worker and shell; old hashed files stay.
    appendFileSync(join(server.dist, 'sw.js'), '\n// build 2\n');
    const index = join(server.dist, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<meta name="x-build" content="2">\n  <title>'));
    // The build's pre-compressed copies would still serve the old files.
    for (const f of ['sw.js', 'index.html']) for (const ext of ['.br', '.gz']) rmSync(join(server.dist, f + ext), { force: true });
    await page.reload();
    const prompt = page.getByRole('button', { name: 'Nová verze aplikace – načíst' });
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    await prompt.click();
    await expect(page.locator('meta[name="x-build"]')).toHaveCount(1, { timeout: 20_000 });
  } finally {
    // The page leaves before its server stops, so a request still in flight does not fail as the test
    // ends (ERR_CONNECTION_REFUSED, once in a full run).
    await page.goto('about:blank');
    await server.stop();
  }
});
