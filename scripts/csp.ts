/**
 * Post-build: give every page in dist/ a Content-Security-Policy <meta> that allows only the
 * site's own origin, the exact inline scripts Astro emitted (by SHA-256 hash, no 'unsafe-inline'
 * for scripts), and 'wasm-unsafe-eval' for the WebAssembly the training engine and Pagefind run.
 * Styles keep 'unsafe-inline': Plot's SVGs carry style attributes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

export function policyFor(html: string): string {
  const hashes = new Set<string>();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const body = m[1] ?? '';
    if (/type=["']?application\/(ld\+)?json/i.test(m[0])) continue; // data, not code
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...hashes].sort().join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export function addPolicy(html: string): string {
  const withoutOld = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(withoutOld)}">`;
  // The policy must come before any script: right after <meta charset>, or at the start of <head>.
  if (/<meta charset="[^"]*"\s*\/?>/i.test(withoutOld)) return withoutOld.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1${meta}`);
  return withoutOld.replace(/<head>/i, `<head>${meta}`);
}

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (name.endsWith('.html')) yield path;
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const dir = process.argv[2] ?? 'dist';
  let n = 0;
  for (const file of htmlFiles(dir)) {
    writeFileSync(file, addPolicy(readFileSync(file, 'utf8')));
    n++;
  }
  console.error(`csp: policy added to ${n} pages`);
}
