/**
 * The colour palette is written once (src/styles/palette.css): every token carries its light and
 * dark value in one light-dark() pair, and color-scheme (system preference or the theme toggle's
 * data-theme) picks between them. These checks fail if a second copy of the dark palette comes
 * back (a value written twice, a token redefined elsewhere, or a prefers-color-scheme block).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = 'src';
const PALETTE = 'src/styles/palette.css';

function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

function filesUnder(dir: string, ext: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, ext));
    else if (name.endsWith(ext)) found.push(path);
  }
  return found;
}

/** Every stylesheet of the site: .css files and the <style> blocks of .astro components, comments removed. */
function siteStylesheets(): { file: string; css: string }[] {
  const sheets = filesUnder(SRC, '.css').map((file) => ({ file, css: withoutComments(readFileSync(file, 'utf8')) }));
  for (const file of filesUnder(SRC, '.astro')) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) sheets.push({ file, css: withoutComments(match[1] ?? '') });
  }
  return sheets;
}

interface Token {
  name: string;
  light: string;
  dark: string;
}

/** The `--name: light-dark(light, dark);` declarations of palette.css. */
function paletteTokens(css: string): Token[] {
  return [...css.matchAll(/(--[\w-]+)\s*:\s*light-dark\(\s*([^,()]+?)\s*,\s*([^,()]+?)\s*\)\s*;/g)].map((m) => ({
    name: m[1]!,
    light: m[2]!.toLowerCase(),
    dark: m[3]!.toLowerCase(),
  }));
}

/** How often each value occurs (case-insensitive, as a whole hex word) across the sheets. */
function occurrences(values: string[], sheets: { css: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) {
    const pattern = new RegExp(`${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9a-f])`, 'gi');
    counts.set(
      value,
      sheets.reduce((n, s) => n + (s.css.match(pattern)?.length ?? 0), 0),
    );
  }
  return counts;
}

/** The css with every `@media print { … }` block removed (print may pin its own black on white). */
function withoutPrintBlocks(css: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const start = css.indexOf('@media print', i);
    if (start < 0) return out + css.slice(i);
    out += css.slice(i, start);
    let depth = 0;
    let j = css.indexOf('{', start);
    for (; j < css.length; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}' && --depth === 0) break;
    }
    i = j + 1;
  }
}

const paletteCss = withoutComments(readFileSync(PALETTE, 'utf8'));
const tokens = paletteTokens(paletteCss);
const sheets = siteStylesheets();

describe('the colour palette', () => {
  it('defines each colour token once, as a light-dark() pair of hex colours', () => {
    const names = tokens.map((t) => t.name);
    for (const name of ['--bg', '--text', '--muted', '--border', '--link', '--accent', '--paper', '--engine']) expect(names).toContain(name);
    expect(new Set(names).size).toBe(names.length);
    for (const t of tokens) {
      expect(t.light, t.name).toMatch(/^#[0-9a-f]{6}$/);
      expect(t.dark, t.name).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('writes no dark value twice in any stylesheet of the site', () => {
    const counts = occurrences(
      tokens.map((t) => t.dark),
      sheets,
    );
    const repeated = [...counts].filter(([, n]) => n !== 1).map(([value, n]) => `${value} ×${n}`);
    expect(repeated).toEqual([]);
  });

  it('writes a light value elsewhere only as the fallback of its own token, var(--token, light)', () => {
    // Island sheets keep light fallbacks so they read on their own; any other copy is a second palette.
    const withoutOwnFallbacks = sheets.map(({ css }) => ({
      css: tokens.reduce((text, t) => text.replace(new RegExp(`var\\(\\s*${t.name}\\s*,\\s*${t.light}\\s*\\)`, 'gi'), ''), css),
    }));
    const counts = occurrences(
      tokens.map((t) => t.light),
      withoutOwnFallbacks,
    );
    const repeated = [...counts].filter(([, n]) => n !== 1).map(([value, n]) => `${value} ×${n}`);
    expect(repeated).toEqual([]);
  });

  it('the duplicate count sees a dark value copied into another sheet', () => {
    const dark = tokens.find((t) => t.name === '--bg')!.dark;
    const copied = [{ css: paletteCss }, { css: `:root[data-theme='dark'] { --bg: ${dark.toUpperCase()}; }` }];
    expect(occurrences([dark], copied).get(dark)).toBe(2);
  });

  it('no other sheet sets a palette token outside print, and none keys colours to prefers-color-scheme', () => {
    for (const { file, css } of sheets) {
      expect(css, file).not.toMatch(/prefers-color-scheme/);
      if (file === PALETTE) continue;
      const screen = withoutPrintBlocks(css);
      for (const t of tokens) expect(screen, `${file} sets ${t.name}`).not.toMatch(new RegExp(`${t.name}\\s*:`));
    }
  });

  it('follows the system by default and the toggle when the reader chose (data-theme on <html>)', () => {
    expect(paletteCss).toMatch(/:root\s*\{[^}]*color-scheme:\s*light dark;/);
    expect(paletteCss).toMatch(/:root\[data-theme='light'\]\s*\{\s*color-scheme:\s*light;\s*\}/);
    expect(paletteCss).toMatch(/:root\[data-theme='dark'\]\s*\{\s*color-scheme:\s*dark;\s*\}/);
  });
});
