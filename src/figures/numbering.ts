/**
 * Build-time figure numbers (Node only). A figure's number is its place among the page's
 * <FigureSlot>s in the page's MDX source, prefixed on explainer pages by the section's number
 * (the file's "04-" prefix): "4.2" is the second figure or widget of section 4. Counting from the
 * source, not from render order, keeps numbers stable however Astro schedules its components.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CONTENT = join(process.cwd(), 'content');
const memo = new Map<string, { prefix: string; ids: string[] } | null>();

function sourceOf(pathname: string): { prefix: string; ids: string[] } | null {
  if (memo.has(pathname)) return memo.get(pathname)!;
  let found: { prefix: string; ids: string[] } | null = null;
  const m = /^\/(en|ja)\/explainer\/([\w-]+)\/?$/.exec(pathname);
  if (m) {
    const dir = join(CONTENT, 'sections', m[1]!);
    const file = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith(`-${m[2]}.mdx`) && /^\d+-/.test(f)) : undefined;
    if (file) found = { prefix: `${Number(file.split('-')[0])}.`, ids: slotIds(readFileSync(join(dir, file), 'utf8')) };
  }
  memo.set(pathname, found);
  return found;
}

/** The ids of the <FigureSlot>s in an MDX source, in order. */
export function slotIds(source: string): string[] {
  return [...source.matchAll(/<FigureSlot\s[^>]*?id="([^"]+)"/g)].map((x) => x[1]!);
}

/** "4.2" for the second slot of section 4; null where the page has no numbered source. */
export function figureNumber(pathname: string, id: string): string | null {
  const src = sourceOf(pathname);
  if (!src) return null;
  const i = src.ids.indexOf(id);
  return i < 0 ? null : `${src.prefix}${i + 1}`;
}
