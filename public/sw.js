// Průvodce service worker: keeps the app shell available offline, and serves the documents a person kept
// for reading offline (cache DOCS) when the network is gone. It never caches catalogue data (that
// lives in IndexedDB, verified) nor comments (/api/). The one file under /data/ it keeps is the region
// list, precached with the shell and served network-first, so a start offline still offers the regions
// (the app checks the list and keeps its own last good copy). The precache list and version are injected by
// scripts/post-build.mjs from Trunk's hashed file names; a build fails if any hashed file is missing.
'use strict';

const PRECACHE = /*PRECACHE*/[];
const VERSION = /*VERSION*/'dev';
const CACHE = 'pruvodce-shell-' + VERSION;
const SHELL = '/index.html';
const NAV_TIMEOUT_MS = 3000;
const REGIONS = '/data/regions.json';
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;
// The plan's documents a person kept for reading offline (src/bin/booklet/doc_cache.rs writes it). Not versioned:
// a new app version must not delete what the person chose to keep; only "Smazat moje data" does.
const DOCS = 'pruvodce-documents';

self.addEventListener('install', (event) => {
  // cache: 'reload' bypasses the HTTP cache so a fresh deploy is never precached from stale copies.
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))
    )
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((k) => k.startsWith('pruvodce-shell-') && k !== CACHE).map((k) => caches.delete(k))
      ))
      .then(() => self.clients.claim())
  );
});

// The page asks the waiting worker to take over after the person chose "Nová verze aplikace – načíst".
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

// Background Sync: the outbox lives in IndexedDB ("pruvodce", store "outbox", one JSON text per comment,
// keyed by its idempotency key; the format is described in src/domain/outbox.rs). The worker sends what is
// waiting even when no page is open, with the same Idempotency-Key the page uses, so a comment both send is
// still recorded once. Open pages are then told to refresh their list.
function idb(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

// What the receiver's answer means: the rules of `classify` in src/domain/outbox.rs, pinned to them by
// tests/fixtures/receipts.json (run by tests/node/sw.test.mjs). Delivered only on a JSON receipt naming
// the comment's key: a captive portal's 200 login page or a redirect received nothing. Returns the
// record's new state. `status` 0 means no answer.
const FINAL = { 400: 'Invalid', 415: 'Invalid', 422: 'Invalid', 404: 'Closed', 410: 'Closed', 413: 'TooLarge' };
function classify(status, contentType, body, key) {
  if (status === 200 || status === 201) {
    const type = String(contentType || '').split(';')[0].trim().toLowerCase();
    let receipt = null;
    if (type === 'application/json' || type.endsWith('+json')) {
      try { receipt = JSON.parse(body); } catch (e) { receipt = null; }
    }
    const ok = receipt !== null && typeof receipt === 'object' &&
      (receipt.status === 'accepted' || receipt.status === 'duplicate') && receipt.id === key;
    return ok ? 'Sent' : { Failed: 'HTTP ' + status };
  }
  if (FINAL[status]) return { Final: FINAL[status] };
  return { Failed: status ? 'HTTP ' + status : 'offline' };
}

// Still to be sent: Pending (also a record without a state) or Failed; never Sent or Final.
function waiting(state) {
  return state === undefined || state === 'Pending' || (state !== null && typeof state === 'object' && 'Failed' in state);
}

async function post(entry, row) {
  try {
    const response = await fetch(entry.endpoint, {
      method: 'POST',
      redirect: 'error', // a redirect would turn the POST into a GET somewhere else
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': entry.idempotency_key },
      body: row,
    });
    return classify(response.status, response.headers.get('content-type'), await response.text(), entry.idempotency_key);
  } catch (e) {
    return classify(0, '', '', entry.idempotency_key);
  }
}

// One sync run over the outbox's rows. A row that does not parse (damaged, or from another version) is
// skipped so it cannot hold back the others. A delivered comment keeps no text and no personal data.
// `send(entry, row)` returns the new state; `save(entry)` writes the record. Returns how many stay unsent.
async function syncRows(rows, send, save) {
  let unsent = 0;
  for (const row of rows) {
    let entry;
    try { entry = JSON.parse(row); } catch (e) { continue; }
    if (entry === null || typeof entry !== 'object' || typeof entry.endpoint !== 'string' || !waiting(entry.state)) continue;
    const state = await send(entry, row);
    if (state === 'Sent') {
      Object.assign(entry, { name: '', email: '', municipality: '', text: '', sent_at: new Date().toISOString() });
    } else if (waiting(state)) {
      unsent += 1;
    }
    entry.state = state;
    await save(entry);
  }
  return unsent;
}

// Opens the app's database only if it exists. The page owns the layout: opening by name alone would create
// an empty database after the person cleared their data, and the next start would take that for a wipe.
async function openExisting() {
  if (typeof indexedDB.databases === 'function') {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('pruvodce')) return null;
  }
  const request = indexedDB.open('pruvodce');
  let creating = false;
  // Only a database that does not exist gets an upgrade here (no version asked): abort, so none is made.
  request.onupgradeneeded = () => { creating = true; request.transaction.abort(); };
  try {
    return await idb(request);
  } catch (e) {
    if (creating) return null;
    throw e;
  }
}

async function sendOutbox() {
  const db = await openExisting();
  if (!db) return;
  try {
    if (!db.objectStoreNames.contains('outbox')) return;
    const rows = await idb(db.transaction('outbox').objectStore('outbox').getAll());
    // No transaction is held across a fetch: each write is its own short transaction.
    const save = (entry) => {
      const tx = db.transaction('outbox', 'readwrite', { durability: 'strict' });
      tx.objectStore('outbox').put(JSON.stringify(entry), entry.idempotency_key);
      return new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    };
    const unsent = await syncRows(rows, post, save);
    // A rejected promise makes the browser retry the sync later, with its own backoff.
    if (unsent > 0) throw new Error(unsent + ' comments not sent');
  } finally {
    db.close();
  }
}

self.addEventListener('sync', (event) => {
  if (event.tag !== 'outbox') return;
  event.waitUntil(
    sendOutbox().finally(() =>
      self.clients.matchAll({ type: 'window' }).then((clients) =>
        clients.forEach((c) => c.postMessage({ type: 'FLUSH_OUTBOX' }))
      )
    )
  );
});

// Only the app's own page may replace the cached shell: an OK text/html response that links the app's
// manifest. A 502 maintenance page, a captive portal's login page or a redirect (the portal's usual way)
// would otherwise stand in for the working app; the cache serves instead (or, on a first visit with
// nothing cached, the network's answer as it is).
async function isShell(response) {
  const type = (response.headers.get('content-type') || '').split(';')[0].trim().toLowerCase();
  if (!response.ok || response.redirected || type !== 'text/html') return false;
  const html = await response.clone().text();
  return html.includes('href="/manifest.webmanifest"');
}

// What a navigation's answer may be used as: the app's page, or a real file of the site opened directly
// (robots.txt, a document: OK, not redirected, not HTML), which must reach the person as it is instead of
// the app. Anything else (an error page, a portal's HTML or redirect) is not trusted.
async function usableNavigation(response) {
  const type = (response.headers.get('content-type') || '').split(';')[0].trim().toLowerCase();
  if (response.ok && !response.redirected && type !== '' && type !== 'text/html') return true;
  return isShell(response);
}

function networkFirstNavigation(request) {
  let answer;
  const network = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), NAV_TIMEOUT_MS);
    fetch(request)
      .then((r) => { answer = r; return usableNavigation(r); })
      .then((ok) => { clearTimeout(timer); if (ok) resolve(answer); else reject(new Error('not the app')); },
        (e) => { clearTimeout(timer); reject(e); });
  });
  return network.catch(() =>
    savedDocument(request).then((doc) => doc ||
      caches.open(CACHE).then((cache) => cache.match(SHELL)).then((r) => r || answer || Response.error()))
  );
}

// The region list: the network's answer whenever there is one (the app asks for a revalidated copy, and
// judges the content itself), kept for the next start offline; without a network, the copy kept last.
function regionList(request) {
  return fetch(request).then((r) => {
    if (r.ok) {
      const copy = r.clone();
      caches.open(CACHE).then((cache) => cache.put(REGIONS, copy)).catch(() => undefined);
    }
    return r;
  }, () => caches.open(CACHE).then((cache) => cache.match(REGIONS)).then((hit) => hit || Response.error()));
}

// A document kept for reading offline, or undefined.
function savedDocument(request) {
  return caches.open(DOCS).then((cache) => cache.match(request.url, { ignoreSearch: true }), () => undefined);
}

// Another file of the site: the network's answer, or a kept document's copy when there is no network.
function networkOrSavedDocument(request) {
  return fetch(request).catch((e) => savedDocument(request).then((doc) => doc || Promise.reject(e)));
}

function cacheFirst(request) {
  return caches.match(request).then((hit) => hit || fetch(request));
}

function staleWhileRevalidate(request) {
  return caches.open(CACHE).then((cache) =>
    cache.match(request).then((hit) => {
      const fresh = fetch(request).then((r) => {
        if (r.ok) cache.put(request, r.clone());
        return r;
      });
      if (hit) {
        fresh.catch(() => undefined);
        return hit;
      }
      return fresh;
    })
  );
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname === REGIONS) {
    event.respondWith(regionList(request));
    return;
  }
  if (url.pathname.startsWith('/data/') || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirstNavigation(request));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (PRECACHE.includes(url.pathname)) {
    event.respondWith(staleWhileRevalidate(request));
  } else {
    event.respondWith(networkOrSavedDocument(request));
  }
});
