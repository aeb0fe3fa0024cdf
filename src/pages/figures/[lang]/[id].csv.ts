/**
 * /figures/{lang}/{id}.csv — every static figure's data as a file (UTF-8 with a BOM so
 * spreadsheet programs read Japanese headers), instead of a data: URL inlined in the page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { BUILDERS } from '../../../figures/builders';
import { toCsv } from '../../../figures/analyses/csv';
import { LANGS, type Lang } from '../../../i18n/languages';

export const getStaticPaths: GetStaticPaths = async () => {
  const paths = [];
  for (const lang of LANGS) {
    for (const [id, build] of Object.entries(BUILDERS)) {
      const built = await build(lang as Lang);
      if (built.table) paths.push({ params: { lang, id }, props: { csv: toCsv(built.table) } });
    }
  }
  return paths;
};

export const GET: APIRoute = ({ props }) => new Response('\uFEFF' + (props as { csv: string }).csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
