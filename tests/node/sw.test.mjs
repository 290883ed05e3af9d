// The service worker's own logic, run in node against fakes: the receipt rules (the same table the Rust
// domain test runs, tests/fixtures/receipts.json), the sync run over outbox rows, opening the database,
// and which navigation responses may replace the cached shell. `node --test tests/node/` (make test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const root = new URL('../..', import.meta.url).pathname;

/** A fresh worker global with the given IndexedDB fake; function declarations of sw.js become its properties. */
function worker(indexedDB) {
  const ctx = vm.createContext({
    self: { addEventListener() {}, location: { origin: 'http://127.0.0.1' } },
    indexedDB, console, URL, setTimeout, clearTimeout, Response, Request, Headers,
  });
  vm.runInContext(readFileSync(root + 'public/sw.js', 'utf8'), ctx);
  return ctx;
}

const plain = (v) => JSON.parse(JSON.stringify(v));

test('receipts_table_shared_with_the_domain (issue 10, defect 1)', () => {
  const table = JSON.parse(readFileSync(root + 'tests/fixtures/receipts.json', 'utf8'));
  const sw = worker({});
  assert.ok(table.cases.length >= 15);
  for (const c of table.cases) {
    assert.deepEqual(plain(sw.classify(c.status, c.content_type, c.body, table.key)), c.state, c.name);
  }
});

const entry = (key, extra = {}) => ({
  idempotency_key: key, campaign: 'kpss', endpoint: '/api/pripominky', created_at: '2026-11-29T10:00:00Z',
  name: 'Jana', email: 'jana@example.org', municipality: 'Vlašim', text: 'Chybí odlehčovací služba.', ...extra,
});

test('sw_post_never_follows_a_redirect (issue 10, defect 1)', async () => {
  const calls = [];
  const ctx = vm.createContext({
    self: { addEventListener() {}, location: { origin: 'http://127.0.0.1' } },
    indexedDB: {}, console, URL, setTimeout, clearTimeout, Response, Request, Headers,
    fetch: async (url, init) => {
      calls.push({ url, init });
      if (calls.length === 1) throw new TypeError('redirect mode is "error"');
      return new Response(JSON.stringify({ status: 'accepted', id: 'k' }), { status: 201, headers: { 'content-type': 'application/json' } });
    },
  });
  vm.runInContext(readFileSync(root + 'public/sw.js', 'utf8'), ctx);
  const e = entry('k');
  assert.deepEqual(plain(await ctx.post(e, JSON.stringify(e))), { Failed: 'offline' }, 'a refused redirect is a failure to retry');
  assert.equal(await ctx.post(e, JSON.stringify(e)), 'Sent');
  for (const c of calls) {
    assert.equal(c.init.redirect, 'error');
    assert.equal(c.init.method, 'POST');
    assert.equal(c.init.headers['Idempotency-Key'], 'k');
  }
});

test('sw_skips_unreadable_outbox_row (issue 10, defect 4)', async () => {
  const sw = worker({});
  const rows = ['{not json', JSON.stringify(entry('a')), 'null', JSON.stringify(entry('b', { state: { Failed: 'offline' } }))];
  const sent = [];
  const saved = [];
  const unsent = await sw.syncRows(rows, async (e) => { sent.push(e.idempotency_key); return 'Sent'; }, async (e) => { saved.push(plain(e)); });
  assert.deepEqual(sent, ['a', 'b'], 'the rows after a bad one are still sent');
  assert.equal(unsent, 0);
  assert.equal(saved.length, 2);
});

test('sent_comment_keeps_no_text in the service worker (issue 10, defect 3)', async () => {
  const sw = worker({});
  const saved = [];
  await sw.syncRows([JSON.stringify(entry('a'))], async () => 'Sent', async (e) => { saved.push(plain(e)); });
  const [e] = saved;
  assert.equal(e.state, 'Sent');
  assert.equal(e.text + e.name + e.email + e.municipality, '');
  assert.match(e.sent_at, /^\d{4}-\d\d-\d\dT/);
});

test('final_422_is_not_retried by the service worker (issue 10, defect 1)', async () => {
  const sw = worker({});
  const tried = [];
  const rows = [JSON.stringify(entry('a', { state: { Final: 'Invalid' } })), JSON.stringify(entry('b', { state: 'Sent', text: '' }))];
  const unsent = await sw.syncRows(rows, async (e) => { tried.push(e.idempotency_key); return 'Sent'; }, async () => {});
  assert.deepEqual(tried, [], 'neither a refused nor a sent comment is sent again');
  assert.equal(unsent, 0);
  const kept = [];
  const left = await sw.syncRows([JSON.stringify(entry('c'))], async () => sw.classify(422, 'application/problem+json', '{}', 'c'), async (e) => { kept.push(plain(e)); });
  assert.equal(left, 0, 'a final refusal does not make the browser retry the sync');
  assert.deepEqual(kept[0].state, { Final: 'Invalid' });
  assert.equal(kept[0].text, 'Chybí odlehčovací služba.', 'the text stays for editing or e-mail');
});

test('sw_does_not_recreate_cleared_database (issue 10, defect 9)', async () => {
  // With indexedDB.databases(): a missing database is never opened.
  let opened = 0;
  const sw = worker({ databases: async () => [{ name: 'other', version: 1 }], open: () => { opened += 1; return {}; } });
  assert.equal(await sw.openExisting(), null);
  assert.equal(opened, 0);
  // Without it: the open that would create the database is aborted in onupgradeneeded.
  let aborted = false;
  const request = { transaction: { abort: () => { aborted = true; } } };
  const legacy = worker({
    open: () => {
      setTimeout(() => {
        request.onupgradeneeded();
        request.error = new Error('AbortError');
        request.onerror();
      });
      return request;
    },
  });
  assert.equal(await legacy.openExisting(), null);
  assert.ok(aborted, 'the creating upgrade was aborted');
  // An existing database opens normally.
  const db = { name: 'pruvodce' };
  const present = worker({
    databases: async () => [{ name: 'pruvodce', version: 2 }],
    open: () => { const r = {}; setTimeout(() => { r.result = db; r.onsuccess(); }); return r; },
  });
  assert.equal(await present.openExisting(), db);
});

test('sw_navigation_502_keeps_cached_shell: only the app\'s own page counts as the shell (issue 10, defect 18)', async () => {
  const sw = worker({});
  const html = (body, init = {}) => new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' }, ...init });
  const app = '<!doctype html><link rel="manifest" href="/manifest.webmanifest"><title>Průvodce</title>';
  assert.equal(await sw.isShell(html(app)), true);
  assert.equal(await sw.isShell(html(app, { status: 502 })), false, '502 maintenance page');
  assert.equal(await sw.isShell(html('<h1>Přihlášení k Wi-Fi</h1>')), false, 'captive portal page');
  assert.equal(await sw.isShell(new Response(app, { headers: { 'content-type': 'application/json' } })), false);
});

// Regression: the defect-18 fix first trusted only the app's page, so opening a real file of the site
// (robots.txt, a document) with the worker in control showed the app instead of the file; the two-tab e2e
// test (its second tab opens /robots.txt) caught it.
test('sw_navigation_to_a_file_is_not_replaced_by_the_shell', async () => {
  const sw = worker({});
  const file = (type, init = {}) => new Response('User-agent: *', { headers: { 'content-type': type }, ...init });
  assert.equal(await sw.usableNavigation(file('text/plain')), true, 'robots.txt');
  assert.equal(await sw.usableNavigation(file('application/pdf')), true, 'a document');
  assert.equal(await sw.usableNavigation(file('text/plain', { status: 502 })), false, 'an error is not a file');
  assert.equal(await sw.usableNavigation(new Response('<h1>Wi-Fi</h1>', { headers: { 'content-type': 'text/html' } })), false, 'a portal page');
  const app = '<!doctype html><link rel="manifest" href="/manifest.webmanifest">';
  assert.equal(await sw.usableNavigation(new Response(app, { headers: { 'content-type': 'text/html' } })), true, 'the app');
});

// Issue 12, §1: the region list is read at run time; offline, the worker answers with the copy it kept.
test('sw_region_list_network_first_with_the_last_copy_offline', async () => {
  const sw = worker({});
  const store = new Map();
  sw.caches = { open: async () => ({ put: async (k, r) => { store.set(k, await r.text()); }, match: async (k) => (store.has(k) ? new Response(store.get(k)) : undefined) }) };
  const list = '{"regions":[{"id":"a","name":"A"}]}';
  sw.fetch = async () => new Response(list, { headers: { 'content-type': 'application/json' } });
  assert.equal(await (await sw.regionList(new Request('http://127.0.0.1/data/regions.json'))).text(), list);
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(store.get('/data/regions.json'), list, 'kept for the next start offline');
  sw.fetch = async () => { throw new TypeError('offline'); };
  assert.equal(await (await sw.regionList(new Request('http://127.0.0.1/data/regions.json'))).text(), list, 'offline: the kept copy');
  sw.fetch = async () => new Response('down', { status: 502 });
  assert.equal((await sw.regionList(new Request('http://127.0.0.1/data/regions.json'))).status, 502, 'an error is passed on, not kept');
  assert.equal(store.get('/data/regions.json'), list);
});
