// Průvodce service worker: keeps the app shell available offline. It never caches catalogue data (that
// lives in IndexedDB, verified) nor comments (/api/). The precache list and version are injected by
// scripts/post-build.mjs from Trunk's hashed file names; a build fails if any hashed file is missing.
'use strict';

const PRECACHE = /*PRECACHE*/[];
const VERSION = /*VERSION*/'dev';
const CACHE = 'pruvodce-shell-' + VERSION;
const SHELL = '/index.html';
const NAV_TIMEOUT_MS = 3000;
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;

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
// keyed by its idempotency key). The worker sends what is pending even when no page is open, with the
// same Idempotency-Key the page uses, so a comment both send is still recorded once. Open pages are then
// told to refresh their list. Opening without a version never upgrades: a missing store means no outbox.
function idb(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function sendOutbox() {
  const db = await idb(indexedDB.open('pruvodce'));
  try {
    if (!db.objectStoreNames.contains('outbox')) return;
    const rows = await idb(db.transaction('outbox').objectStore('outbox').getAll());
    let unsent = 0;
    for (const row of rows) {
      const entry = JSON.parse(row);
      if (entry.state === 'Sent') continue;
      let state;
      try {
        const response = await fetch(entry.endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': entry.idempotency_key },
          body: row,
        });
        state = response.ok ? 'Sent' : { Failed: 'HTTP ' + response.status };
      } catch (e) {
        state = { Failed: 'offline' };
      }
      if (state === 'Sent') Object.assign(entry, { name: '', email: '' });
      else unsent += 1;
      entry.state = state;
      // No transaction is held across the fetch above: each write is its own short transaction.
      const tx = db.transaction('outbox', 'readwrite', { durability: 'strict' });
      tx.objectStore('outbox').put(JSON.stringify(entry), entry.idempotency_key);
      await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    }
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

function networkFirstNavigation(request) {
  const network = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), NAV_TIMEOUT_MS);
    fetch(request).then((r) => { clearTimeout(timer); resolve(r); }, (e) => { clearTimeout(timer); reject(e); });
  });
  return network.catch(() =>
    caches.open(CACHE).then((cache) => cache.match(SHELL)).then((r) => r || Response.error())
  );
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
  if (url.pathname.startsWith('/data/') || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirstNavigation(request));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (PRECACHE.includes(url.pathname)) {
    event.respondWith(staleWhileRevalidate(request));
  }
});
