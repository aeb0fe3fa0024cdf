// The page's side of offline support (src/components/sw-client.ts) with the browser stubbed: a
// page loaded without a service worker in control reports what it fetched at registration and
// everything it or its workers fetch afterwards; a controlled page reports nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Keep = { type: string; urls: string[] };

let sent: Keep[];
let registered: number;
let observers: ((urls: string[]) => void)[];
let controller: object | null;
let events: EventTarget;

beforeEach(() => {
  vi.resetModules();
  sent = [];
  registered = 0;
  observers = [];
  controller = null;
  events = new EventTarget();
  const active = { postMessage: (m: Keep) => sent.push(m) };
  vi.stubGlobal('navigator', {
    serviceWorker: {
      get controller() {
        return controller;
      },
      register: async () => {
        registered++;
        return { active };
      },
    },
  });
  vi.stubGlobal('location', { href: 'http://site.test/en/lab/' });
  vi.stubGlobal('performance', { getEntriesByType: () => [{ name: 'http://site.test/_astro/page.js' }] });
  vi.stubGlobal(
    'PerformanceObserver',
    class {
      constructor(private readonly cb: (list: { getEntries(): { name: string }[] }) => void) {}
      observe(): void {
        observers.push((urls) => this.cb({ getEntries: () => urls.map((name) => ({ name })) }));
      }
    },
  );
  vi.stubGlobal('addEventListener', (type: string, fn: EventListener) => events.addEventListener(type, fn));
  vi.stubGlobal('localStorage', { getItem: () => null });
  vi.stubGlobal('document', { readyState: 'loading' });
  vi.stubGlobal('window', {});
  vi.stubGlobal('setTimeout', (fn: () => void) => fn());
});

/** The page's load event: the layout's registerWhenIdle then registers (here at once). */
async function load(): Promise<void> {
  events.dispatchEvent(new Event('load'));
  for (let i = 0; i < 5; i++) await Promise.resolve();
}
afterEach(() => {
  vi.unstubAllGlobals();
});

const allSent = () => sent.flatMap((m) => m.urls);

describe('registerOffline on a first visit', () => {
  it('sends what the page fetched, then what it and its workers fetch later, each once', async () => {
    const { registerWhenIdle, FETCHED_EVENT } = await import('../../src/components/sw-client');
    registerWhenIdle();
    // A worker reports its files before the registration: they wait for it.
    events.dispatchEvent(new CustomEvent(FETCHED_EVENT, { detail: ['http://site.test/_astro/training.worker-1.js'] }));
    expect(sent).toEqual([]);
    await load();
    expect(registered).toBe(1);
    expect(sent.every((m) => m.type === 'keep')).toBe(true);
    expect(allSent().sort()).toEqual(['http://site.test/_astro/page.js', 'http://site.test/_astro/training.worker-1.js', 'http://site.test/en/lab/']);
    // Files that finish loading after the registration (the page's, the worker's) follow.
    observers.forEach((report) => report(['http://site.test/_astro/late.js', 'http://site.test/_astro/page.js']));
    events.dispatchEvent(new CustomEvent(FETCHED_EVENT, { detail: ['http://site.test/_astro/tfjs-backend-wasm-simd-1.wasm'] }));
    expect(allSent().filter((u) => u.endsWith('late.js') || u.endsWith('.wasm'))).toHaveLength(2);
    expect(allSent().filter((u) => u.endsWith('page.js'))).toHaveLength(1);
  });

  it('a page the service worker already controls reports nothing (its fetches pass through it)', async () => {
    controller = {};
    const { registerWhenIdle, FETCHED_EVENT } = await import('../../src/components/sw-client');
    registerWhenIdle();
    await load();
    expect(registered).toBe(1);
    events.dispatchEvent(new CustomEvent(FETCHED_EVENT, { detail: ['http://site.test/_astro/x.js'] }));
    expect(sent).toEqual([]);
  });
});
