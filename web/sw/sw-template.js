// Sentra Atlas service worker (generated into dist/sw.js by the build with the file list below).
// Cache-first for the page's own files, so the app, its data and DuckDB's wasm work offline
// after one visit. A new build has a new file list, hence a new worker: the page offers a reload.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `sentra-atlas-${VERSION}`;
const RUNTIME = 'sentra-atlas-runtime';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE && k !== RUNTIME).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    event.respondWith(caches.match('./index.html', { cacheName: CACHE }).then((hit) => hit || fetch(req)));
    return;
  }
  // DuckDB's wasm is not in the precache: the page adds the build it loaded to RUNTIME itself
  // (one writer per entry; a second, racing write of the same 34 MB response could lose it).
  // Every vector tile that exists is precached: a tile missing from the cache is open sea, which
  // MapLibre draws from a 404 — answered here, so it needs no network.
  const tile = url.pathname.includes('/tiles/') && url.pathname.endsWith('.pbf');
  event.respondWith(
    caches
      .match(req, { ignoreSearch: true })
      .then((hit) => hit || (tile ? new Response(null, { status: 404 }) : fetch(req))),
  );
});
