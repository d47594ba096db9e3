// The service worker: after the first visit the app opens and works with no network at all.
// Each version's files are precached together under that version's name, so a page only ever
// runs the files of one build; a new version waits until the user reloads from the app.
// The post-build hook (src/post-build.mjs, through src/sw-precache.mjs) fills in FILES and
// VERSION for release builds.
const FILES = [];
const VERSION = 'development';
const CACHE = `swot-board-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new URL(file, self.registration.scope).href))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('swot-board-') && name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate-update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const page = request.mode === 'navigate' ? new URL('./', self.registration.scope).href : request;
      const cached = (await cache.match(page, { ignoreSearch: true })) ?? (await cache.match(request, { ignoreSearch: true }));
      return cached ?? fetch(request);
    }),
  );
});
