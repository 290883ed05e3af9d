// The catalogue kept in IndexedDB, tested the honest way: the server is stopped to go offline (setOffline
// does not stop the service worker), bad data is served for real requests, the quota is forced low
// through the DevTools protocol, and the browser process is killed while a catalogue is being written.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, ready, stored, offlineAfterVisit as visitThenStop } from './fixtures.mjs';
import { chromiumArgs } from '../../playwright.config.mjs';
import { Server } from './server.mjs';
import { manifest, dated, publish, routeData, bigCatalogue } from './publish.mjs';

test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'storage behaviour does not depend on the viewport');


const dataDate = (page) => page.locator('[data-testid="data-date"]').first();
const czDate = (iso) => iso.split('-').reverse().map((p) => String(Number(p))).join('.\u00a0');

test('after one visit, search, the finder and a service detail work with the server stopped', async ({ page }) => {
  const server = await visitThenStop(page, new Server(8853), '/');
  try {
    await expect(page.locator('[data-testid="offline"]')).toBeVisible();
    await page.goto(server.url + '/hledat?q=pecovatelska+sluzba');
    const first = page.locator('[data-testid="result"]').first();
    await expect(first).toContainText(/Pečovatelská/i);
    await first.locator('a').first().click();
    await expect(page.locator('h1')).toContainText(/Pečovatelská/i);
    await page.goto(server.url + '/pruvodce/vysledky?kdo=blizky&vek=senior&situace=s1&obec=vlasim&pomoc=doma');
    await expect(page.locator('[data-testid="office-card"]').first()).toBeVisible();
  } finally {
    await server.stop();
  }
});

// Issue 16: a stored body is hashed in a worker (public/digest-worker.js) while the page reads it. That hash
// is all the checking a stored body gets (it was validated before it was stored), so a body changed in
// storage, to the same length and still valid, must not be shown.
test('issue 16: a stored body is hashed in a worker, and one changed in storage is not shown', async ({ page }) => {
  const workers = [];
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
  const server = await visitThenStop(page, new Server(8876), '/');
  try {
    await expect(dataDate(page)).toBeVisible();
    expect(workers).toContain('/digest-worker.js');
    const changed = await page.evaluate(async () => {
      const done = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
      const db = await done(indexedDB.open('pruvodce'));
      const read = db.transaction(['pointers', 'snapshots']);
      const key = JSON.parse(await done(read.objectStore('pointers').get('benesov'))).current.key;
      const text = await (await done(read.objectStore('snapshots').get(key))).text();
      const edited = text.replace('Pečovatelská služba', 'Pečovatelská službA');
      const write = db.transaction('snapshots', 'readwrite');
      await done(write.objectStore('snapshots').put(new Blob([edited]), key));
      db.close();
      return edited !== text && new Blob([edited]).size === new Blob([text]).size;
    });
    expect(changed).toBe(true);
    await page.reload();
    await expect(page.locator('[data-testid="office-card"]').first()).toBeVisible();
    await expect(dataDate(page)).toBeHidden();
  } finally {
    await server.stop();
  }
});

// Issue 16: on a first visit nothing is stored, so the catalogue's manifest is asked for beside the store's
// read, not after its answer (which comes only between the tasks that build the first screen). Observable
// order: the request leaves before IndexedDB's first open succeeds; a visit with a stored catalogue still
// reads the store first.
test('issue 16: a first visit asks for the catalogue without waiting for the store, a repeat visit reads the store first', async ({ page }) => {
  await page.addInitScript(() => {
    window.__opened = null;
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) {
      const request = open.apply(this, args);
      request.addEventListener('success', () => { window.__opened ??= performance.now(); });
      return request;
    };
  });
  const order = () => page.evaluate(() => {
    const asked = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/data/benesov.manifest.json'));
    return { asked: asked ? asked.startTime : null, opened: window.__opened };
  });
  await page.goto('/');
  await ready(page);
  await stored(page);
  const first = await order();
  expect(first.asked).not.toBeNull();
  expect(first.opened).not.toBeNull();
  expect(first.asked).toBeLessThan(first.opened);
  await page.reload();
  await ready(page);
  await expect.poll(async () => (await order()).asked).not.toBeNull();
  const repeat = await order();
  expect(repeat.asked).toBeGreaterThan(repeat.opened);
});

test('a comment written with the server stopped is delivered exactly once after it starts again', async ({ page }) => {
  const server = await visitThenStop(page, new Server(8854), '/pripominky');
  try {
    const text = `V plánu chybí odlehčovací služba pro Vlašim (${Date.now()}).`;
    await page.locator('#comment-text').fill(text);
    await page.getByRole('button', { name: 'Odeslat připomínku' }).click();
    const outbox = page.locator('[data-testid="outbox"]');
    await expect(outbox).toContainText('chyba');
    await expect(outbox).toContainText(/jen v\u00a0tomto zařízení/);
    await server.start();
    // Sent at the next start (also by the `online` event or Background Sync, where they fire).
    await page.reload();
    await expect(outbox).toContainText('odesláno', { timeout: 20_000 });
    await page.reload();
    await ready(page);
    await page.waitForTimeout(1000);
    expect(server.inbox().filter((c) => c.text === text)).toHaveLength(1);
  } finally {
    await server.stop();
  }
});

test('a corrupted or truncated update keeps the stored catalogue, and nothing of it is stored', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await stored(page);
  const before = await dataDate(page).textContent();
  const corrupted = publish(dated('2026-11-23'));
  await routeData(page, corrupted.m, corrupted.bytes.toString('utf8').slice(0, 1000) + 'garbage'.repeat(2000));
  await page.reload();
  await expect(page.locator('.app-notices')).toContainText(/poškozený/);
  await expect(dataDate(page)).toHaveText(before);
  const truncated = publish(dated('2026-11-24'));
  await routeData(page, truncated.m, truncated.bytes.subarray(0, truncated.bytes.length >> 1));
  await page.reload();
  await expect(page.locator('.app-notices')).toContainText(/poškozený/);
  // Offline now: what shows comes from the device, and it is still the old catalogue.
  test.info().annotations.push({ type: 'allow-console-error', description: 'ERR_INTERNET_DISCONNECTED' });
  await page.unrouteAll({ behavior: 'wait' });
  await page.route('**/data/**', (r) => r.abort('internetdisconnected'));
  await page.reload();
  await expect(dataDate(page)).toHaveText(before);
  await page.goto('/hledat?q=senior');
  await expect(page.locator('[data-testid="result"]').first()).toBeVisible();
});

/** Writes `bytes` into a scratch IndexedDB database; resolves to 'ok' or the abort error's name. */
const probeWrite = (page, bytes) => page.evaluate((bytes) => new Promise((resolve) => {
  const open = indexedDB.open('quota-probe', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('s');
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction('s', 'readwrite');
    tx.objectStore('s').put('x'.repeat(bytes), 'k');
    tx.oncomplete = () => { db.close(); indexedDB.deleteDatabase('quota-probe'); resolve('ok'); };
    tx.onabort = () => { db.close(); resolve(tx.error ? tx.error.name : 'AbortError'); };
  };
  open.onerror = () => resolve(open.error.name);
}), bytes);

test('with the quota forced low, the update fails gracefully and search still works', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await stored(page);
  const before = await dataDate(page).textContent();
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin + '/';
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  try {
    // Chromium 156 applies the override to Cache Storage but not to IndexedDB writes (measured here, so
    // the test notices when that changes). Until it does, the quota failure IndexedDB would report is
    // emulated through the DevTools protocol: large writes abort with QuotaExceededError, as they do in
    // Firefox and Safari when the origin is full.
    const probe = await probeWrite(page, 200_000);
    test.info().annotations.push({ type: 'quota-probe', description: probe });
    if (probe === 'ok') {
      await page.addInitScript({ content: `{
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (value, key) {
          // Bodies are stored as a Blob, records as text.
          const size = typeof value === 'string' ? value.length : (value && value.size) || 0;
          if (size > 50000) throw new DOMException('Quota exceeded (emulated)', 'QuotaExceededError');
          return put.call(this, value, key);
        };
      }` });
    }
    const next = publish(dated('2026-11-25'));
    await routeData(page, next.m, next.bytes);
    await page.reload();
    await expect(page.locator('.app-notices')).toContainText(/není místo/);
    await page.goto('/hledat?q=senior');
    await expect(page.locator('[data-testid="result"]').first()).toBeVisible();
    // Settled: the second attempt to store the update failed the same way (no request still in flight).
    await expect(page.locator('.app-notices')).toContainText(/není místo/);
    // The stored catalogue is untouched: offline, the old one comes back.
    test.info().annotations.push({ type: 'allow-console-error', description: 'ERR_INTERNET_DISCONNECTED' });
    await page.unrouteAll({ behavior: 'wait' });
    await page.route('**/data/**', (r) => r.abort('internetdisconnected'));
    await page.reload();
    await expect(dataDate(page)).toHaveText(before);
  } finally {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  }
});

test('a catalogue wiped by the browser is explained and downloaded again', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await stored(page);
  await page.evaluate(() => new Promise((resolve, reject) => {
    const r = indexedDB.deleteDatabase('pruvodce');
    r.onsuccess = resolve;
    r.onerror = reject;
  }));
  await page.reload();
  await expect(page.locator('.app-notices')).toContainText(/smazal data/);
  await ready(page);
});

// Killing the browser at several moments of the swap: just after the download (before the write), during
// validation, and while the body or the pointer is written.
for (const delay of [0, 30, 120, 400]) {
  test(`the browser killed ${delay} ms into an update restarts on a complete catalogue`, async () => {
    const server = new Server(8900 + delay);
    await server.start();
    const profile = mkdtempSync(join(tmpdir(), 'pruvodce-crash-'));
    const launch = () => chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: chromiumArgs });
    try {
      let ctx = await launch();
      let page = ctx.pages()[0] || (await ctx.newPage());
      await page.goto(server.url + '/');
      await ready(page);
      await stored(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const oldDate = manifest().data_date;
      const next = publish(bigCatalogue('2026-11-26'));
      let served;
      const fulfilled = new Promise((r) => { served = r; });
      await page.route('**/data/benesov.manifest.json', (r) => r.fulfill({ contentType: 'application/json', body: JSON.stringify(next.m) }));
      await page.route(`**${next.m.snapshot_url}`, async (r) => { await r.fulfill({ contentType: 'application/json', body: next.bytes }); served(); });
      await page.reload();
      await fulfilled;
      await new Promise((r) => setTimeout(r, delay));
      // The bracket keeps pkill from matching the shell that runs it.
      execSync(`pkill -9 -f -- '[-]-user-data-dir=${profile}' || true`);
      await ctx.close().catch(() => {});
      await server.stop();
      // Relaunched with the server down: the app must show a complete, verified catalogue from storage.
      ctx = await launch();
      page = ctx.pages()[0] || (await ctx.newPage());
      await page.goto(server.url + '/hledat?q=senior');
      await expect(page.locator('[data-testid="result"]').first()).toBeVisible({ timeout: 20_000 });
      await expect(dataDate(page)).toContainText(new RegExp(`${czDate(oldDate)}|${czDate('2026-11-26')}`));
      await expect(page.locator('.app-notices')).not.toContainText(/poškozený/);
      test.info().annotations.push({ type: 'catalogue after restart', description: await dataDate(page).textContent() });
      await ctx.close();
    } finally {
      await server.stop();
    }
  });
}
