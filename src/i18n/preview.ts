/**
 * Which figure previews a page when its link is shared: the page's key figure. Home and summary
 * show the hero run's signals ('key-figure'); a section shows its first build-time figure; every
 * other page falls back to the key figure. The PNGs are built by src/pages/og/[lang]/[id].png.ts.
 */
import { BUILDERS } from '../figures/builders';
import type { Lang } from './languages';

export const DEFAULT_PREVIEW = 'key-figure';

/** The first <FigureSlot id="…"> in an MDX source that has a static figure builder. */
export function firstFigureId(mdx: string): string | undefined {
  for (const m of mdx.matchAll(/<FigureSlot\s+id="([^"]+)"/g)) if (BUILDERS[m[1]!]) return m[1]!;
  return undefined;
}

/** Path of a figure's preview image ('/og/en/key-figure.png'). */
export function previewPath(lang: Lang, figureId: string): string {
  return `/og/${lang}/${figureId}.png`;
}
