/**
 * /og/{lang}/{id}.png — link-preview images: each page's key figure (src/i18n/preview.ts) as a
 * 1200 × 630 PNG rendered at build time. Only figures some page uses as its preview are built.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { BUILDERS } from '../../../figures/builders';
import { previewPng } from '../../../figures/preview-image';
import { DEFAULT_PREVIEW, firstFigureId } from '../../../i18n/preview';
import { LANGS, type Lang } from '../../../i18n/languages';
import { t } from '../../../i18n/ui';

export const getStaticPaths: GetStaticPaths = async () => {
  const sections = await getCollection('sections');
  const ids = new Set([
    DEFAULT_PREVIEW,
    ...sections.map((s: { body?: string }) => firstFigureId(s.body ?? '')).filter((x: string | undefined): x is string => Boolean(x)),
  ]);
  const paths = [];
  for (const lang of LANGS) {
    for (const id of ids) {
      const built = await BUILDERS[id]!(lang as Lang);
      if (built.svg)
        paths.push({ params: { lang, id }, props: { svg: built.svg, footer: `${t(lang as Lang, 'site.name')} · ${t(lang as Lang, 'site.tagline')}` } });
    }
  }
  return paths;
};

export const GET: APIRoute = async ({ props }) => {
  const { svg, footer } = props as { svg: string; footer: string };
  return new Response(Buffer.from(await previewPng(svg, footer)), { headers: { 'content-type': 'image/png' } });
};
