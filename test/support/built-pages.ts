import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The production build the browser tests read (SITE_DIST lets one test a private build). */
export const DIST = process.env.SITE_DIST ?? join(process.cwd(), 'dist');

/** Site paths of every built page ("/en/summary/"), the 404 page as "/404.html"; [] without a build. */
export function builtPages(dir = DIST): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') out.push(...builtPages(full));
    } else if (entry.name.endsWith('.html')) {
      const rel = '/' + relative(DIST, full).split('\\').join('/');
      out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
    }
  }
  return out.sort();
}
