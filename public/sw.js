/* Placeholder service worker. `npm run build` replaces dist/sw.js with the real one
 * (scripts/service-worker.ts, after Pagefind). A build made without that step still has this
 * file, so pages that register it get no error: it caches nothing and handles no requests,
 * and tells the About page's offline controls that this build has no offline copy. */
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('message', (event) => {
  const reply = { type: 'unavailable' };
  if (event.ports && event.ports[0]) event.ports[0].postMessage(reply);
  else if (event.source) event.source.postMessage(reply);
});
