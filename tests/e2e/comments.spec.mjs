// The comment outbox against the real receiver (pripominky behind nginx, as `make serve` runs them): a
// comment sent online is stored exactly once with its Czech text intact, and the HTTP contract holds
// through the proxy. Offline-then-online delivery is in storage.spec.mjs and offline.spec.mjs.
import { test, expect, ready } from './fixtures.mjs';
import { Server } from './server.mjs';

test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'delivery does not depend on the viewport');

test('a comment sent online reaches the receiver exactly once, Czech text intact', async ({ page }) => {
  const server = new Server(8860);
  test.info().annotations.push({ type: 'allow-third-party', description: server.url });
  await server.start();
  try {
    await page.goto(server.url + '/pripominky');
    await ready(page);
    const text = `Chybí odlehčovací služba „pro pečující“ ve Vlašimi – díky 😀 (${Date.now()}).`;
    await page.locator('#comment-name').fill('Jana Nováková');
    await page.locator('#comment-municipality').fill('Vlašim');
    await page.locator('#comment-text').fill(text);
    await page.getByRole('button', { name: 'Odeslat připomínku' }).click();
    await expect(page.locator('[data-testid="outbox"]')).toContainText('odesláno', { timeout: 20_000 });
    // Settle (a second sender, the service worker, may try too), then look in the database.
    await page.reload();
    await ready(page);
    await page.waitForTimeout(1000);
    const stored = server.inbox().filter((c) => c.text === text);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ name: 'Jana Nováková', municipality: 'Vlašim', campaign: 'pripominky-kpss-2026' });
    expect(stored[0].idempotency_key).toMatch(/^[0-9a-f]{32}$/);
  } finally {
    await server.stop();
  }
});

test('through nginx: accepted, duplicate, refused form post, and no listing of comments', async () => {
  const server = new Server(8862);
  await server.start();
  try {
    const key = `e2e${Date.now()}abcdef`;
    const body = JSON.stringify({ idempotency_key: key, campaign: 'pripominky-kpss-2026', text: 'Připomínka poslaná přímo přes nginx.' });
    const post = (b, type = 'application/json') => fetch(server.url + '/api/pripominky', {
      method: 'POST', headers: { 'Content-Type': type, 'Idempotency-Key': key }, body: b,
    });
    const first = await post(body);
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ status: 'accepted', id: key });
    const again = await post(body);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ status: 'duplicate', id: key });
    const form = await post('text=Dobr%C3%BD+den', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(415);
    expect(form.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await form.json()).title).toMatch(/JSON/);
    for (const path of ['/api/pripominky', '/api/pripominky?all=1', '/api/comments', '/api/export']) {
      const r = await fetch(server.url + path);
      expect([404, 405], path).toContain(r.status);
      expect(await r.text()).not.toContain('nginx');
    }
    expect((await fetch(server.url + '/api/health')).status).toBe(200);
    expect(server.inbox().filter((c) => c.idempotency_key === key)).toHaveLength(1);
  } finally {
    await server.stop();
  }
});
