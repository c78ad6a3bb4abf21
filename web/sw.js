// The service worker of dist/ served over http(s) (file:// has none): it keeps the whole
// page in one cache named after the build, so the page starts offline, and a new build
// installs beside the old one and waits. The page tells it to take over only once no
// routine is in progress (install.js). The build fills in the names below
// (cmake/service_worker.mjs).
'use strict';

const BUILD = '@LIMBER_BUILD@';
const FILES = ['@LIMBER_FILES@'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(BUILD).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name !== BUILD).map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

// The build's own copy first, so every file comes from one build; the network for
// anything else.
self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  event.respondWith(caches.open(BUILD)
    .then((cache) => cache.match(event.request, { ignoreSearch: true }))
    .then((cached) => cached || fetch(event.request)));
});

self.addEventListener('message', (event) => {
  if (event.data === 'take over') self.skipWaiting();
});
