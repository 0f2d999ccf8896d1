// The console's service worker: it keeps the app shell (index.html and config.json), so a return
// visit paints from the device instead of waiting a round trip for each before the first API call.
// Stale-while-revalidate: the cached copy answers at once and the network refreshes it for the
// next visit, so a new deployment shows from the visit after the one that fetched it (hashed
// /assets/ are immutable and stay with the HTTP cache). Only same-origin GETs of the shell are
// answered here: API calls go to other origins and never pass through this cache, nor does the
// token, which lives in sessionStorage.
const SHELL_CACHE = 'ecc-shell-v1';
const SHELL = '/';
const CONFIG = '/config.json';

self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all([
      bypassWorkerForAllButShell(event),
      caches.open(SHELL_CACHE).then((cache) => cache.addAll([SHELL, CONFIG])),
    ]).then(() => self.skipWaiting()),
  );
});

/**
 * Everything but the shell goes straight to the network without waking this worker (the static
 * routing API). A browser without it, or without these conditions, runs the fetch handler below,
 * which lets those requests pass just the same.
 */
async function bypassWorkerForAllButShell(event) {
  if (typeof event.addRoutes !== 'function') return;
  try {
    await event.addRoutes({
      condition: { not: { or: [{ requestMode: 'navigate' }, { urlPattern: CONFIG }] } },
      source: 'network',
    });
  } catch {
    // Unsupported condition: the fetch handler covers it.
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== SHELL_CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Every route of the single-page app is the same index.html; a path with a file extension is a
  // file (an icon, a chunk opened by hand) and goes to the network as usual.
  if (request.mode === 'navigate' && !/\.[a-z0-9]+$/i.test(url.pathname)) {
    event.respondWith(staleWhileRevalidate(event, SHELL, request));
  } else if (url.pathname === CONFIG) {
    event.respondWith(staleWhileRevalidate(event, CONFIG, request));
  }
});

async function staleWhileRevalidate(event, key, request) {
  const cache = await caches.open(SHELL_CACHE);
  const cached = await cache.match(key);
  const fresh = fetch(request).then(async (response) => {
    if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
    return response;
  });
  if (!cached) return fresh;
  event.waitUntil(fresh.catch(() => undefined));
  return cached;
}
