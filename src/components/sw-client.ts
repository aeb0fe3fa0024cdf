/**
 * The page's side of offline support: registering the service worker (dist/sw.js, written after
 * the build by scripts/service-worker.ts) and the reader's opt-out. Every page imports this from
 * the layout, so it stays small: it counts against the JavaScript budget of every page.
 */

/** Prefix of every Cache Storage name the worker uses (the worker's own copy is filled in at build time). */
export const CACHE_PREFIX = 'fittest-offline-';
export const SW_URL = '/sw.js';
/** localStorage key: 'off' once the reader pressed "Remove offline copy"; nothing registers then. */
const OPT_OUT_KEY = 'fittest-offline';

export function optedOut(): boolean {
  try {
    return localStorage.getItem(OPT_OUT_KEY) === 'off';
  } catch {
    return false; // storage blocked: no way to remember a choice, so the default applies
  }
}

export function setOptedOut(off: boolean): void {
  try {
    if (off) localStorage.setItem(OPT_OUT_KEY, 'off');
    else localStorage.removeItem(OPT_OUT_KEY);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}

/** The registration's worker once it is activated (a fresh registration is still installing). */
export function activeWorker(registration: ServiceWorkerRegistration): Promise<ServiceWorker> {
  if (registration.active) return Promise.resolve(registration.active);
  const worker = (registration.installing ?? registration.waiting)!;
  return new Promise((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve(worker);
      else if (worker.state === 'redundant') reject(new Error('service worker failed to install'));
    });
  });
}

/**
 * Event a page's training client fires with the URLs its dedicated worker fetched
 * (islands/training/client.ts): a worker started before the service worker took control fetches
 * past it, so the page passes the list on.
 */
export const FETCHED_EVENT = 'fittest:fetched';

/** URLs already reported to the service worker, and those waiting for it to be registered. */
const reported = new Set<string>();
let unsent: string[] = [];
let keeper: ServiceWorker | null = null;
let watching = false;

function keepFetched(urls: Iterable<string>): void {
  for (const url of urls) {
    if (reported.has(url)) continue;
    reported.add(url);
    unsent.push(url);
  }
  if (keeper && unsent.length) {
    keeper.postMessage({ type: 'keep', urls: unsent });
    unsent = [];
  }
}

/**
 * A page the service worker did not control when it loaded (the first visit) fetched its files
 * past it, and so do the dedicated workers it starts before the worker claims it (the lab's
 * engine). Collect every file the page fetches, and every file its workers report, for as long
 * as the page lives: a fetch can start before the worker takes control and end after, and a
 * worker stays uncontrolled for its whole life. One snapshot of Resource Timing at registration
 * missed whatever was still loading then (the lab's worker script, now and then).
 */
function watchFetches(): void {
  if (watching || navigator.serviceWorker.controller !== null) return;
  watching = true;
  addEventListener(FETCHED_EVENT, (e) => keepFetched((e as CustomEvent<string[]>).detail));
  keepFetched([location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)]);
  if (typeof PerformanceObserver === 'undefined') return;
  new PerformanceObserver((list) => keepFetched(list.getEntries().map((entry) => entry.name))).observe({ type: 'resource' });
}

/**
 * Register and wait for the worker. A page that was not controlled when it loaded (the first
 * visit) sends the worker the files it fetched, and goes on sending what it and its workers
 * fetch later, so that this very page opens offline later; the worker takes them from the HTTP
 * cache where it can.
 */
export async function registerOffline(): Promise<ServiceWorker> {
  watchFetches();
  const worker = await activeWorker(await navigator.serviceWorker.register(SW_URL, { scope: '/' }));
  if (watching) {
    keeper = worker;
    keepFetched([]);
  }
  return worker;
}

/** Register after the page has loaded and the main thread is idle, so it never competes with the first render. */
export function registerWhenIdle(): void {
  if (!('serviceWorker' in navigator) || optedOut()) return;
  // Listen at once: a worker reports what it fetched as it starts, before the registration.
  watchFetches();
  // Offline support is an extra: a failure (private mode, storage off) must not disturb the page.
  const go = () => void registerOffline().catch(() => undefined);
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(go, { timeout: 5000 }) : setTimeout(go, 500));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
