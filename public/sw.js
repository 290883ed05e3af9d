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

// Background Sync: the outbox lives in IndexedDB and is sent by the app, so wake the open pages.
self.addEventListener('sync', (event) => {
  if (event.tag !== 'outbox') return;
  event.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((clients) =>
      clients.forEach((c) => c.postMessage({ type: 'FLUSH_OUTBOX' }))
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
