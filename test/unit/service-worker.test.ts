// The offline service worker's generator (scripts/service-worker.ts) on a small fake site, and the
// generated worker itself, run in a Node vm with a fake Cache Storage and network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { buildManifest, serviceWorkerSource, staticImports, type OfflineManifest } from '../../scripts/service-worker';
import { CACHE_PREFIX, FETCHED_EVENT } from '../../src/components/sw-client';
import { FETCHED_EVENT as CLIENT_FETCHED_EVENT } from '../../src/islands/training/client';

const ORIGIN = 'https://fittest.test';

const SITE: Record<string, string> = {
  'index.html': '<script>location.replace("/en/")</script>',
  'en/index.html':
    '<link rel="stylesheet" href="/_astro/page.css"><link rel="alternate" hreflang="ja" href="/ja/">' +
    '<script type="module">import "/_astro/entry.js";</script>',
  'en/lab/index.html': '<script type="module" src="/_astro/Lab.js"></script>',
  '404.html': '<p>not found</p>',
  'favicon.svg': '<svg/>',
  '_astro/page.css': '@font-face{src:url(/_astro/Main.woff2) format("woff2"),url(/_astro/Main.woff) format("woff")}',
  '_astro/Main.woff2': 'w2',
  '_astro/KaTeX_Main.woff': 'w1',
  '_astro/KaTeX_Main.ttf': 'ttf',
  '_astro/entry.js': 'import{a as b}from"./dep.js";const lazy=()=>import("./plot.js");',
  '_astro/dep.js': 'export const a=1;',
  '_astro/plot.js': 'export const plot=1;',
  '_astro/Lab.js': 'const w=new Worker(new URL("/_astro/lab.worker.js",import.meta.url),{type:"module"});',
  '_astro/lab.worker.js': 'const m=await Promise.all([import("./backend.js"),import("./trainer.js")]);',
  '_astro/backend.js': 'import"./tf.js";const paths={a:"/_astro/tfjs-backend-wasm-A1.wasm",b:"/_astro/tfjs-backend-wasm-simd-B2.wasm"};',
  '_astro/trainer.js': 'export const t=1;',
  '_astro/tf.js': 'export const tf=1;',
  '_astro/tfjs-backend-wasm-A1.wasm': 'plain',
  '_astro/tfjs-backend-wasm-simd-B2.wasm': 'simd',
  '_astro/tfjs-backend-wasm-threaded-simd-C3.wasm': 'threads',
  'data/signals.json': '{}',
  'pagefind/pagefind.js': 'export{}',
  'pagefind/pagefind-ui.js': 'ui',
  'pagefind/pagefind-ui.css': 'ui',
  'sw.js': 'an older worker',
};

let dir: string;

function write(rel: string, content: string): void {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), content);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fittest-sw-'));
  for (const [rel, content] of Object.entries(SITE)) write(rel, content);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const paths = (list: [string, number][]) => list.map(([path]) => path);

describe('the offline manifest', () => {
  it('splits the site into the pages’ shell and the rest, leaving out files no browser here fetches', () => {
    const manifest = buildManifest(dir);
    expect(paths(manifest.shell)).toEqual([
      '/',
      '/404.html',
      '/_astro/Lab.js',
      '/_astro/Main.woff2',
      '/_astro/dep.js',
      '/_astro/entry.js',
      '/_astro/page.css',
      '/en/',
      '/en/lab/',
      '/favicon.svg',
    ]);
    expect(paths(manifest.extra)).toEqual([
      '/_astro/backend.js',
      '/_astro/lab.worker.js',
      '/_astro/plot.js',
      '/_astro/tf.js',
      '/_astro/tfjs-backend-wasm-A1.wasm',
      '/_astro/tfjs-backend-wasm-simd-B2.wasm',
      '/_astro/trainer.js',
      '/data/signals.json',
      '/pagefind/pagefind.js',
    ]);
    expect(new Map(manifest.shell).get('/_astro/dep.js')).toBe(SITE['_astro/dep.js']!.length);
    expect(new Map(manifest.extra).get('/_astro/tfjs-backend-wasm-simd-B2.wasm')).toBe(4);
  });

  it('records what scripts load as they start: static imports, named wasm, a worker entry’s dynamic imports', () => {
    const { imports } = buildManifest(dir);
    expect(imports['/_astro/entry.js']).toEqual(['/_astro/dep.js']); // not the lazy plot.js
    expect(imports['/_astro/lab.worker.js']).toEqual(['/_astro/backend.js', '/_astro/trainer.js']);
    expect(imports['/_astro/backend.js']).toEqual(['/_astro/tf.js', '/_astro/tfjs-backend-wasm-A1.wasm', '/_astro/tfjs-backend-wasm-simd-B2.wasm']);
    expect(imports['/_astro/dep.js']).toBeUndefined();
  });

  it('tells static imports from dynamic ones in minified output', () => {
    expect(staticImports('import{a as b,c}from"./x.js";import"./y.js";export{d}from"./z.js";const l=()=>import("./lazy.js")')).toEqual([
      './x.js',
      './y.js',
      './z.js',
    ]);
  });

  it('has a version that follows the content: same site, same version; any change, a new one', () => {
    const first = buildManifest(dir).version;
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    write('sw.js', 'a newer worker'); // the worker itself does not count
    expect(buildManifest(dir).version).toBe(first);
    write('en/index.html', SITE['en/index.html'] + '<p>edited</p>');
    const edited = buildManifest(dir).version;
    expect(edited).not.toBe(first);
    write('en/index.html', SITE['en/index.html']!);
    expect(buildManifest(dir).version).toBe(first);
    write('data/more.json', '[]');
    expect(buildManifest(dir).version).not.toBe(first);
    rmSync(join(dir, 'data/more.json'));
  });
});

// ---- the generated worker, in a vm ------------------------------------------------------------

interface FakeResponse {
  status: number;
  type?: string;
  body?: string;
}

/** Load sw.js into a sandbox whose network answers from `site` (or fails when `offline`). */
function loadWorker(manifest: OfflineManifest, site: Record<string, FakeResponse>) {
  const source = serviceWorkerSource(manifest);
  const handlers: Record<string, (event: unknown) => void> = {};
  const store = new Map<string, Map<string, Response>>();
  const fetched: string[] = [];
  const net = { offline: false };
  const urlOf = (input: string | Request) => (typeof input === 'string' ? new URL(input, ORIGIN).href : input.url);
  const cacheStorage = {
    keys: async () => [...store.keys()],
    has: async (name: string) => store.has(name),
    delete: async (name: string) => store.delete(name),
    open: async (name: string) => {
      if (!store.has(name)) store.set(name, new Map());
      const entries = store.get(name)!;
      return {
        match: async (input: string | Request) => entries.get(urlOf(input))?.clone(),
        put: async (input: string | Request, response: Response) => void entries.set(urlOf(input), response),
        keys: async () => [...entries.keys()].map((url) => new Request(url)),
      };
    },
  };
  async function fakeFetch(input: string | Request): Promise<Response> {
    const url = new URL(urlOf(input));
    fetched.push(url.pathname);
    if (net.offline) throw new TypeError('Failed to fetch');
    const answer = site[url.pathname] ?? { status: 404 };
    const response = new Response(answer.body ?? url.pathname, { status: answer.status });
    Object.defineProperty(response, 'type', { value: answer.type ?? 'basic' });
    Object.defineProperty(response, 'redirected', { value: false });
    return response;
  }
  const self = {
    location: { origin: ORIGIN },
    addEventListener: (type: string, handler: (event: unknown) => void) => (handlers[type] = handler),
    skipWaiting: () => undefined,
    clients: { claim: async () => undefined },
    registration: { unregister: async () => true },
  };
  const sandbox = { self, caches: cacheStorage, fetch: fakeFetch, URL, Request, Response, Headers, WebAssembly, Uint8Array, TypeError };
  new vm.Script(source, { filename: 'sw.js' }).runInContext(vm.createContext(sandbox));

  async function extendable(type: string, extra: object): Promise<void> {
    const waits: Promise<unknown>[] = [];
    handlers[type]!({ ...extra, waitUntil: (p: Promise<unknown>) => waits.push(p) });
    for (let i = 0; i < waits.length; i++) await waits[i];
  }

  async function request(path: string, init: { method?: string; mode?: string; origin?: string } = {}) {
    let responded: Promise<Response> | undefined;
    const waits: Promise<unknown>[] = [];
    const url = (init.origin ?? ORIGIN) + path;
    const req = { url, method: init.method ?? 'GET', mode: init.mode ?? 'cors', headers: new Headers() };
    handlers.fetch!({ request: req, respondWith: (p: Promise<Response>) => (responded = p), waitUntil: (p: Promise<unknown>) => waits.push(p) });
    const response = responded ? await responded.catch((e: Error) => e) : undefined;
    for (let i = 0; i < waits.length; i++) await waits[i];
    return response;
  }

  async function message(data: object): Promise<unknown[]> {
    const replies: unknown[] = [];
    await extendable('message', { data, ports: [{ postMessage: (m: unknown) => replies.push(m) }] });
    return replies;
  }

  const cachedPaths = () => [...store.values()].flatMap((entries) => [...entries.keys()].map((u) => new URL(u).pathname)).sort();
  return { source, handlers, store, fetched, net, request, message, extendable, cachedPaths };
}

describe('the generated service worker', () => {
  let manifest: OfflineManifest;
  const site: Record<string, FakeResponse> = {};

  beforeAll(() => {
    manifest = buildManifest(dir);
    for (const [path] of [...manifest.shell, ...manifest.extra]) site[path] = { status: 200 };
  });

  it('is plain JavaScript with the manifest and cache prefix filled in', () => {
    const source = serviceWorkerSource(manifest);
    expect(() => new vm.Script(source)).not.toThrow();
    expect(source).not.toMatch(/__OFFLINE_MANIFEST__|__CACHE_PREFIX__|^\s*import\s/m);
    expect(source).toContain(JSON.stringify(manifest));
    expect(source).toContain(`const PREFIX = ${JSON.stringify(CACHE_PREFIX)};`);
    const sw = loadWorker(manifest, site);
    expect(Object.keys(sw.handlers).sort()).toEqual(['activate', 'fetch', 'install', 'message']);
  });

  it('downloads nothing on install', async () => {
    const sw = loadWorker(manifest, site);
    await sw.extendable('install', {});
    await sw.extendable('activate', {});
    expect(sw.fetched).toEqual([]);
  });

  it('leaves other origins, non-GET requests and itself to the browser', async () => {
    const sw = loadWorker(manifest, site);
    expect(await sw.request('/en/', { origin: 'https://elsewhere.test' })).toBeUndefined();
    expect(await sw.request('/en/', { method: 'POST' })).toBeUndefined();
    expect(await sw.request('/sw.js')).toBeUndefined();
    expect(sw.fetched).toEqual([]);
  });

  it('pages: network first, the kept copy when offline, one entry per path whatever the query', async () => {
    const sw = loadWorker(manifest, { ...site, '/en/lab/': { status: 200, body: 'lab v1' } });
    const online = (await sw.request('/en/lab/?lab.p=31', { mode: 'navigate' })) as Response;
    expect(await online.text()).toBe('lab v1');
    expect(sw.cachedPaths()).toEqual(['/en/lab/']);
    sw.net.offline = true;
    const offline = (await sw.request('/en/lab/?lab.p=13', { mode: 'navigate' })) as Response;
    expect(offline.status).toBe(200);
    expect(await offline.text()).toBe('lab v1');
  });

  it('never keeps a non-200 or opaque response', async () => {
    const sw = loadWorker(manifest, { ...site, '/data/signals.json': { status: 200, type: 'opaque' } });
    expect(((await sw.request('/en/missing/', { mode: 'navigate' })) as Response).status).toBe(404);
    expect(((await sw.request('/data/signals.json')) as Response).status).toBe(200);
    expect(sw.cachedPaths()).toEqual([]);
  });

  it('hashed /_astro/ files: cache first, no second download', async () => {
    const sw = loadWorker(manifest, site);
    await sw.request('/_astro/tfjs-backend-wasm-simd-B2.wasm');
    await sw.request('/_astro/tfjs-backend-wasm-simd-B2.wasm');
    expect(sw.fetched).toEqual(['/_astro/tfjs-backend-wasm-simd-B2.wasm']);
  });

  it('offline, a page never kept gets a 503 fallback page in its language; other files fail', async () => {
    const sw = loadWorker(manifest, site);
    sw.net.offline = true;
    const ja = (await sw.request('/ja/cite/', { mode: 'navigate' })) as Response;
    expect(ja.status).toBe(503);
    const html = await ja.text();
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('オフラインです');
    expect(html).not.toContain('<script');
    expect(((await sw.request('/en/', { mode: 'navigate' })) as Response).status).toBe(503);
    expect(await sw.request('/data/signals.json')).toBeInstanceOf(TypeError);
  });

  it('precache-all keeps every listed file, shell first, with progress, and reports failures', async () => {
    const sw = loadWorker(manifest, { ...site, '/data/signals.json': { status: 500 } });
    const replies = (await sw.message({ type: 'precache-all' })) as { type: string; done?: number; failed?: string[]; ok?: boolean }[];
    const all = [...manifest.shell, ...manifest.extra];
    const progress = replies.filter((r) => r.type === 'progress');
    expect(progress.map((r) => r.done)).toEqual(all.map((_, i) => i + 1));
    expect(replies.at(-1)).toMatchObject({ type: 'done', ok: false, failed: ['/data/signals.json'] });
    // The shell's files were all asked for before any other file.
    expect(sw.fetched.slice(0, manifest.shell.length).sort()).toEqual(paths(manifest.shell).sort());
    expect(sw.cachedPaths()).toEqual(
      paths(all)
        .filter((p) => p !== '/data/signals.json')
        .sort(),
    );
    const [status] = (await sw.message({ type: 'status' })) as { savedFiles: number; files: number }[];
    expect(status).toMatchObject({ files: all.length, savedFiles: all.length - 1 });
  });

  it('keep: the files a first visit loaded, with what its lab worker imported and the wasm build in use', async () => {
    const sw = loadWorker(manifest, site);
    await sw.message({ type: 'keep', urls: [`${ORIGIN}/en/lab/?x=1`, `${ORIGIN}/_astro/lab.worker.js`, 'https://elsewhere.test/a.js', 'data:,x'] });
    expect(sw.cachedPaths()).toEqual([
      '/_astro/backend.js',
      '/_astro/lab.worker.js',
      '/_astro/tf.js',
      '/_astro/tfjs-backend-wasm-simd-B2.wasm', // Node's WebAssembly has SIMD, so not the plain build
      '/_astro/trainer.js',
      '/en/lab/',
    ]);
  });

  it('activate: carries unchanged hashed files over from an older version and deletes its cache', async () => {
    const sw = loadWorker(manifest, site);
    const old = await (async () => {
      const name = `${CACHE_PREFIX}0000000000000000`;
      sw.store.set(name, new Map());
      const entries = sw.store.get(name)!;
      for (const path of ['/_astro/tf.js', '/_astro/gone.js', '/en/']) entries.set(ORIGIN + path, new Response(path));
      return name;
    })();
    sw.store.set('someone-else', new Map());
    await sw.extendable('activate', {});
    expect([...sw.store.keys()].sort()).toEqual([`${CACHE_PREFIX}${manifest.version}`, 'someone-else'].sort());
    expect(sw.store.has(old)).toBe(false);
    expect(sw.cachedPaths()).toEqual(['/_astro/tf.js']);
  });

  it('forget: deletes its caches, stops keeping files and unregisters', async () => {
    const sw = loadWorker(manifest, site);
    await sw.request('/en/', { mode: 'navigate' });
    expect(sw.cachedPaths()).toEqual(['/en/']);
    const replies = await sw.message({ type: 'forget' });
    expect(replies).toEqual([{ type: 'forgotten' }]);
    expect(sw.store.size).toBe(0);
    await sw.request('/en/', { mode: 'navigate' });
    expect(sw.store.size).toBe(0);
  });
});

describe('the placeholder public/sw.js (builds made without the generator)', () => {
  it('handles no requests and answers every message with "unavailable"', () => {
    const handlers: Record<string, (event: unknown) => void> = {};
    const self = { addEventListener: (type: string, handler: (event: unknown) => void) => (handlers[type] = handler), skipWaiting: () => undefined };
    new vm.Script(readFileSync(join(process.cwd(), 'public/sw.js'), 'utf8')).runInContext(vm.createContext({ self }));
    expect(handlers.fetch).toBeUndefined();
    const replies: unknown[] = [];
    handlers.message!({ data: { type: 'status' }, ports: [{ postMessage: (m: unknown) => replies.push(m) }] });
    expect(replies).toEqual([{ type: 'unavailable' }]);
  });
});

describe("the training worker's report of what it fetched", () => {
  it('the training client fires the event the offline layer listens for', () => {
    expect(CLIENT_FETCHED_EVENT).toBe(FETCHED_EVENT);
  });
});
