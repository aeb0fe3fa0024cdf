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
 * Register and wait for the worker. A page that was not controlled when it loaded (the first
 * visit) sends the worker the files it already fetched, so that this very page opens offline
 * later; the worker takes them from the HTTP cache where it can.
 */
export async function registerOffline(): Promise<ServiceWorker> {
  const wasControlled = navigator.serviceWorker.controller !== null;
  const worker = await activeWorker(await navigator.serviceWorker.register(SW_URL, { scope: '/' }));
  if (!wasControlled) {
    const urls = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)];
    worker.postMessage({ type: 'keep', urls });
  }
  return worker;
}

/** Register after the page has loaded and the main thread is idle, so it never competes with the first render. */
export function registerWhenIdle(): void {
  if (!('serviceWorker' in navigator) || optedOut()) return;
  // Offline support is an extra: a failure (private mode, storage off) must not disturb the page.
  const go = () => void registerOffline().catch(() => undefined);
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(go, { timeout: 5000 }) : setTimeout(go, 500));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
