// Shared Playwright fixtures: every test fails on a page error, a console error (which includes CSP
// violations and failed wasm instantiation, e.g. from a broken wasm-opt) or a request to another origin.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page, baseURL }, use, testInfo) => {
    const problems = [];
    const origin = new URL(baseURL).origin;
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !testInfo.annotations.some((a) => a.type === 'allow-console-error' && m.text().includes(a.description))) {
        problems.push(`console error: ${m.text()}`);
      }
    });
    page.on('request', (r) => {
      const u = new URL(r.url());
      const allowed = testInfo.annotations.some((a) => a.type === 'allow-third-party' && r.url().startsWith(a.description));
      if (['http:', 'https:'].includes(u.protocol) && u.origin !== origin && !allowed) problems.push(`third-party request: ${r.url()}`);
    });
    await use(page);
    expect(problems, problems.join('\n')).toEqual([]);
  },
});
export { expect };

/** Waits until the shown catalogue is also stored (the app marks that in localStorage). */
export async function stored(page) {
  await page.waitForFunction(() => localStorage.getItem('pruvodce.stored') === '1');
}

/** Waits until the app has mounted and the catalogue is shown (the data date appears). */
export async function ready(page) {
  await expect(page.locator('[data-testid="data-date"]').first()).toBeVisible();
}

/**
 * One visit to `path` on a private `server` (see server.mjs): the catalogue stored and the service worker in
 * control; then the server is stopped, so what follows runs from the device alone.
 */
export async function visitThenStop(page, server, path) {
  await server.start();
  try {
    await page.goto(server.url + path);
    await ready(page);
    await stored(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  } finally {
    await server.stop();
  }
}

/**
 * `visitThenStop` on a private server the page may talk to (its requests and its refused connections are
 * expected), then the page reloaded from the device alone. Returns the (stopped) server.
 */
export async function offlineAfterVisit(page, server, path) {
  test.info().annotations.push({ type: 'allow-third-party', description: server.url });
  test.info().annotations.push({ type: 'allow-console-error', description: 'ERR_CONNECTION_REFUSED' });
  // The same refusal, when the service worker passed the request on and found nothing cached (after
  // "clear my data", say): the browser then logs ERR_FAILED (files.spec failed on it once, most likely a
  // lexicon fetched just after the caches were deleted; the app goes on without it, as it should).
  test.info().annotations.push({ type: 'allow-console-error', description: 'net::ERR_FAILED' });
  await visitThenStop(page, server, path);
  await page.reload();
  await ready(page);
  return server;
}
