// The service worker: the check and the application keep working on a weak or dropped
// connection once they have loaded (docs/decisions.md, "Weak connections").
//
// - On install it stores the check and application pages (both languages) and every
//   script, style and chunk they load, so a reload without network still works and the
//   check still gives its result (the rules run in the page).
// - Those pages are fetched from the network first (a new deploy shows at once) and
//   from the store only when the network fails or is too slow; hashed assets come from
//   the store first (their names change with their content).
// - /api/ and every other path are never touched: answers with personal data are
//   never stored, and staff pages work as before.
// - The build (web/src/lib/service-worker-build.ts) writes the version and the list below;
//   a new deploy is a new version, whose install replaces the old store.
const build = { version: 'development', pages: [], assets: [] };

const cacheName = `puning-offline-${build.version}`;
const pages = new Set(build.pages);
/** Past this, a stored page is shown rather than waiting on a weak connection. */
const pageWaitMs = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll([...build.pages, ...build.assets]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('puning-offline-') && name !== cacheName)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate' && pages.has(url.pathname)) {
    event.respondWith(pageFirstFromNetwork(request, url.pathname));
  } else if (build.assets.includes(url.pathname)) {
    event.respondWith(assetFirstFromStore(request));
  }
});

async function pageFirstFromNetwork(request, path) {
  const cache = await caches.open(cacheName);
  const stored = await cache.match(path);
  const fromNetwork = fetch(request).then((response) => {
    if (response.ok) cache.put(path, response.clone());
    return response;
  });
  if (!stored) return fromNetwork;
  const slow = new Promise((resolve) => setTimeout(resolve, pageWaitMs, stored));
  return Promise.race([fromNetwork, slow]).catch(() => stored);
}

async function assetFirstFromStore(request) {
  const stored = await caches.match(request, { cacheName });
  return stored ?? fetch(request);
}
