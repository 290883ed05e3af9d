// Smoke test of the release build: the app mounts with no errors and the static host behaves like
// production (MIME types, deep links, caching headers, compression, CSP header).
import { test, expect, ready } from './fixtures.mjs';

test('home renders without errors', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await ready(page);
});

test('static host: wasm MIME, deep links, caching, compression, CSP', async ({ request }) => {
  const index = await request.get('/');
  expect(index.status()).toBe(200);
  expect(index.headers()['cache-control']).toBe('no-cache');
  expect(index.headers()['etag']).toBeTruthy();
  const csp = index.headers()['content-security-policy'];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain("'unsafe-eval'");
  const html = await index.text();
  const wasm = html.match(/'(\/pruvodce-[0-9a-f]{8,16}_bg\.wasm)'/)[1];
  const w = await request.get(wasm, { headers: { 'accept-encoding': 'br' } });
  expect(w.headers()['content-type']).toBe('application/wasm');
  expect(w.headers()['cache-control']).toContain('immutable');
  expect(w.headers()['content-encoding']).toBe('br');
  const g = await request.get(wasm, { headers: { 'accept-encoding': 'gzip' } });
  expect(g.headers()['content-encoding']).toBe('gzip');
  const deep = await request.get('/sluzba/abc');
  expect(deep.status()).toBe(200);
  expect(await deep.text()).toContain('fallback-offices');
  const sw = await request.get('/sw.js');
  expect(sw.headers()['cache-control']).toBe('no-cache');
  const manifest = await request.get('/data/benesov.manifest.json');
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()['cache-control']).toBe('no-cache');
  const missing = await request.get('/data/nope.json');
  expect(missing.status()).toBe(404);
  const conf = await request.get('/csp.nginx.conf');
  expect(conf.status()).toBe(404);
});
