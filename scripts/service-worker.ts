/**
 * Why hand-written and not workbox-build: measured in docs/decisions/service-worker.md.
 *
 * Post-build: write dist/sw.js, the offline service worker, from service-worker.template.js with
 * a manifest of the built site embedded. Run it last (after csp.ts and pagefind, whose files it
 * lists): `tsx scripts/service-worker.ts dist`.
 *
 * The manifest splits the site in two:
 *  - shell: what the pages need to show their text and static figures: every page's HTML and what
 *    it loads up front (its stylesheets and their woff2 fonts, its scripts and their static
 *    imports), the favicon. Saved first, so an interrupted download leaves the explainer whole.
 *  - extra: everything else the site can fetch: lazily loaded chunks (tfjs, the lab's worker,
 *    Plot), the wasm binaries, /data and /reference JSON, figure CSVs, the search index.
 * Left out: files no browser that runs a service worker ever fetches (KaTeX's .woff/.ttf
 * fallbacks behind woff2, tfjs's multithreaded wasm, which the engine switches off) and the
 * Pagefind UI bundles the site's own search dialog does not use.
 * The version is a hash of every listed path and its content: any change gives a new worker.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_PREFIX } from '../src/components/sw-client';

export interface OfflineManifest {
  version: string;
  /** [site path, bytes], the explainer's shell. */
  shell: [string, number][];
  /** [site path, bytes], the rest of the site. */
  extra: [string, number][];
  /**
   * What each script loads as soon as it runs: its static imports, the wasm binaries it names,
   * and for a dedicated worker's entry script (the training worker) its dynamic imports too. On a
   * first visit, before the service worker took control, the page reports every file it and its
   * training worker fetch (components/sw-client.ts); the service worker also keeps what those
   * scripts import, in case a report is cut short (the page closed first).
   */
  imports: Record<string, string[]>;
}

const TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), 'service-worker.template.js');

/** Files the worker must never list: itself, and what no service-worker browser fetches. */
const SKIP: RegExp[] = [
  /^\/sw\.js$/,
  /^\/_astro\/KaTeX_[^/]+\.(woff|ttf)$/,
  /^\/_astro\/tfjs-backend-wasm-threaded-simd[^/]*\.wasm$/,
  /^\/pagefind\/pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/,
];

/** Site path of a file in dist: "en/about/index.html" → "/en/about/" (the URL pages are fetched by). */
export function sitePath(rel: string): string {
  const path = '/' + rel.split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

function* files(dir: string, root = dir): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full, root);
    else yield relative(root, full);
  }
}

/** Same-origin paths a page or stylesheet loads up front: <link href>, <script src>, static imports. */
export function htmlReferences(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|icon|modulepreload)"[^>]*>/gi)) {
    const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
    if (href) out.push(href);
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1] ?? '')?.[1];
    if (src) out.push(src);
    else out.push(...staticImports(m[2] ?? ''));
  }
  return out;
}

/**
 * Specifiers of a module's static imports and re-exports (`import x from "…"`, `import "…"`,
 * `export {…} from "…"`), not its dynamic `import("…")`: those load later, on use.
 */
export function staticImports(js: string): string[] {
  const out: string[] = [];
  for (const m of js.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[^"'();=]*?\bfrom\s*)?["']([^"']+)["']/g)) {
    out.push(m[1]!);
  }
  return out;
}

/** Specifiers of a module's dynamic `import("…")` with a literal path. */
export function dynamicImports(js: string): string[] {
  return [...js.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);
}

/** Scripts a module starts as dedicated workers: `new Worker(new URL("…", import.meta.url))`. */
export function workerScripts(js: string): string[] {
  return [...js.matchAll(/\bnew\s+(?:Shared)?Worker\(\s*new\s+URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url/g)].map((m) => m[1]!);
}

/** Site paths of wasm binaries a module names in a string literal (tfjs's `?url` imports). */
export function wasmReferences(js: string): string[] {
  return [...js.matchAll(/["'](\/[^"'\s]+\.wasm)["']/g)].map((m) => m[1]!);
}

/** url(...) targets of a stylesheet that a modern browser fetches: woff2 fonts, images. */
export function cssReferences(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
    if (!m[1]!.startsWith('data:') && !/\.(woff|ttf)$/.test(m[1]!)) out.push(m[1]!);
  }
  return out;
}

function resolvePath(ref: string, from: string): string | undefined {
  if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) return undefined; // other origins, data: URLs
  const path = ref.split(/[?#]/)[0]!;
  return path.startsWith('/') ? posix.normalize(path) : posix.normalize(posix.join(posix.dirname(from), path));
}

export function buildManifest(dir: string): OfflineManifest {
  const sizes = new Map<string, number>();
  const diskPath = new Map<string, string>();
  const hash = createHash('sha256');
  for (const rel of files(dir)) {
    const path = sitePath(rel);
    if (SKIP.some((re) => re.test(path))) continue;
    const full = join(dir, rel);
    const content = readFileSync(full);
    sizes.set(path, content.length);
    diskPath.set(path, full);
    hash.update(path).update('\0').update(createHash('sha256').update(content).digest()).update('\0');
  }

  // The shell: every page, then what pages load up front, followed through CSS and static imports.
  const shell = new Set<string>();
  const queue: string[] = [];
  const add = (path: string | undefined) => {
    if (path && sizes.has(path) && !shell.has(path)) {
      shell.add(path);
      queue.push(path);
    }
  };
  for (const path of sizes.keys()) if (path.endsWith('/') || path.endsWith('.html')) add(path);
  add('/favicon.svg');
  const scripts = [...sizes.keys()].filter((path) => /\.m?js$/.test(path));
  const source = new Map(scripts.map((path) => [path, readFileSync(diskPath.get(path)!, 'utf8')]));
  const resolveAll = (refs: string[], from: string) =>
    refs.map((ref) => resolvePath(ref, from)).filter((dep): dep is string => dep !== undefined && sizes.has(dep));
  const workers = new Set(scripts.flatMap((path) => resolveAll(workerScripts(source.get(path)!), path)));
  const imports: Record<string, string[]> = {};
  for (const path of scripts) {
    const js = source.get(path)!;
    // A worker's entry imports its modules as soon as it starts: count its dynamic imports too.
    // A module that names wasm binaries fetches one of them when it starts its backend.
    const refs = [...staticImports(js), ...(workers.has(path) ? dynamicImports(js) : []), ...wasmReferences(js)];
    const deps = resolveAll(refs, path);
    if (deps.length) imports[path] = [...new Set(deps)].sort();
  }
  while (queue.length) {
    const path = queue.shift()!;
    const text = () => readFileSync(diskPath.get(path)!, 'utf8');
    // A page's own URL is a folder ("/en/about/"): resolve its relative references from there.
    const base = path.endsWith('/') ? path + 'index.html' : path;
    let refs: string[] = [];
    if (path.endsWith('/') || path.endsWith('.html')) refs = htmlReferences(text());
    else if (path.endsWith('.css')) refs = cssReferences(text());
    else if (/\.m?js$/.test(path)) refs = staticImports(source.get(path)!);
    for (const ref of refs) add(resolvePath(ref, base));
  }

  const entries = [...sizes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    version: hash.digest('hex').slice(0, 16),
    shell: entries.filter(([path]) => shell.has(path)),
    extra: entries.filter(([path]) => !shell.has(path)),
    imports,
  };
}

export function serviceWorkerSource(manifest: OfflineManifest, template = readFileSync(TEMPLATE, 'utf8')): string {
  if (!template.includes('__OFFLINE_MANIFEST__') || !template.includes('__CACHE_PREFIX__')) {
    throw new Error('service-worker template lost its placeholders');
  }
  return template.replace('__OFFLINE_MANIFEST__', () => JSON.stringify(manifest)).replace('__CACHE_PREFIX__', () => JSON.stringify(CACHE_PREFIX));
}

const bytesOf = (list: [string, number][]) => list.reduce((sum, [, bytes]) => sum + bytes, 0);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const dir = process.argv[2] ?? 'dist';
  const manifest = buildManifest(dir);
  writeFileSync(join(dir, 'sw.js'), serviceWorkerSource(manifest));
  const all = bytesOf(manifest.shell) + bytesOf(manifest.extra);
  console.error(
    `service-worker: ${dir}/sw.js version ${manifest.version}: shell ${manifest.shell.length} files ${mb(bytesOf(manifest.shell))} MB, ` +
      `everything ${manifest.shell.length + manifest.extra.length} files ${mb(all)} MB`,
  );
}
