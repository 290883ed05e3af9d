// Issue 10 in the browser: a comment is delivered only on the receiver's JSON receipt (a captive portal's
// 200 page is not one), a refusal for good is shown with what to do and never retried, a sent comment
// keeps no text, and a bad answer to a navigation (502 maintenance page, portal page) never replaces the
// cached app. The comment endpoint is answered at the context level, which also covers the service
// worker's own requests (a page route does not).
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, ready, stored } from './fixtures.mjs';
import { Server, exportComments } from './server.mjs';

test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => !isMobile, 'the outbox and the service worker do not depend on the viewport');

const root = new URL('../..', import.meta.url).pathname;
/** The comments with this text that the real receiver (`pripominky`, behind the test server) stored. */
const inboxLines = (text) => {
  const db = join(root, 'target/e2e/nginx/pripominky.sqlite');
  return existsSync(db) ? exportComments(db).filter((c) => c.text === text) : [];
};
const allow = (...texts) => texts.forEach((d) => test.info().annotations.push({ type: 'allow-console-error', description: d }));

/** The outbox records as stored in IndexedDB (what the service worker reads too). */
const records = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('pruvodce');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const get = open.result.transaction('outbox').objectStore('outbox').getAll();
    get.onsuccess = () => { open.result.close(); resolve(get.result.map((r) => JSON.parse(r))); };
    get.onerror = () => reject(get.error);
  };
}));

async function writeComment(page, text) {
  await page.goto('/pripominky');
  await ready(page);
  await page.locator('#comment-text').fill(text);
  await page.getByRole('button', { name: 'Odeslat připomínku' }).click();
}

test('captive_portal_200_html_is_not_delivery: the comment stays unsent and is later delivered exactly once', async ({ page }) => {
  const text = `V plánu chybí odlehčovací služba pro Benešov (${Date.now()}).`;
  let portal = 0;
  await page.context().route('**/api/pripominky', (r) => {
    portal += 1;
    return r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><h1>Přihlaste se k Wi-Fi</h1>' });
  });
  await writeComment(page, text);
  const outbox = page.locator('[data-testid="outbox"]');
  await expect(outbox).toContainText('chyba (HTTP 200)');
  await expect(outbox).toContainText(text);
  expect(portal).toBeGreaterThan(0);
  expect(inboxLines(text)).toHaveLength(0);
  await page.context().unroute('**/api/pripominky');
  await page.reload();
  await expect(outbox).toContainText('odesláno', { timeout: 20_000 });
  // sent_comment_keeps_no_text: the receipt came, so nothing of the comment is kept on the device.
  await expect(outbox).not.toContainText(text);
  const mine = (await records(page)).filter((r) => r.state === 'Sent');
  expect(mine.length).toBeGreaterThan(0);
  for (const r of mine) expect(r.text + r.name + r.email + r.municipality).toBe('');
  await page.reload();
  await ready(page);
  await page.waitForTimeout(1000);
  expect(inboxLines(text)).toHaveLength(1);
});

test('final_422_is_not_retried: the refusal says why and offers e-mail, and nothing is sent again', async ({ page }) => {
  allow('422');
  const text = `Připomínka, kterou úřad odmítne (${Date.now()}).`;
  let posts = 0;
  await page.context().route('**/api/pripominky', (r) => {
    posts += 1;
    return r.fulfill({ status: 422, contentType: 'application/problem+json', body: '{"title":"invalid fields","status":422}' });
  });
  try {
    await writeComment(page, text);
    const final = page.locator('[data-testid="outbox-final"]').filter({ hasText: text });
    await expect(final).toContainText('nelze odeslat');
    await expect(final).toContainText('nepřijal');
    const mail = final.getByRole('link', { name: 'Poslat e-mailem' });
    await expect(mail).toHaveAttribute('href', /^mailto:pripominky@example\.org\?subject=.*&body=P%C5%99ipom%C3%ADnka/);
    await page.waitForTimeout(1000);
    const before = posts;
    expect(before).toBeGreaterThan(0);
    await page.reload();
    await ready(page);
    await page.waitForTimeout(2000);
    expect(posts).toBe(before);
    await expect(final).toContainText(text);
  } finally {
    await page.context().unroute('**/api/pripominky');
  }
});

/** Answers every request on `port` with `status` and an HTML page: a maintenance page or a captive portal. */
function impostor(port, status, body) {
  const server = createServer((req, res) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

test('sw_navigation_502_keeps_cached_shell: a 502 or a portal page for navigations, and the app still starts', async ({ page }) => {
  const server = new Server(8874);
  test.info().annotations.push({ type: 'allow-third-party', description: server.url });
  allow('502', 'ServiceWorker', 'MIME type', 'ERR_CONNECTION_REFUSED');
  await server.start();
  try {
    await page.goto(server.url + '/');
    await ready(page);
    await stored(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  } finally {
    await server.stop();
  }
  for (const [status, body] of [
    [502, '<!doctype html><title>502</title><h1>Probíhá údržba</h1>'],
    [200, '<!doctype html><title>Wi-Fi</title><h1>Přihlaste se k síti Wi-Fi</h1>'],
  ]) {
    const fake = await impostor(server.port, status, body);
    try {
      await page.goto(server.url + '/hledat?q=pecovatelska+sluzba');
      await expect(page.locator('[data-testid="result"]').first()).toContainText(/Pečovatelská/i);
      await expect(page.locator('body')).not.toContainText(/údržba|Wi-Fi/);
    } finally {
      fake.closeAllConnections();
      await new Promise((resolve) => fake.close(resolve));
    }
  }
});
