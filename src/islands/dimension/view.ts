/** The dimension widget's readout for one d: pure, shared by the build and the page. */
import type { DimensionGroup } from '../../figures/data/dimension';
import { dt } from './i18n';
import { defaults, writeState } from '../../lib/state/schema';
import { LAB_NAMESPACE, labSchema } from '../../lib/state/lab';
import type { Lang } from '../../i18n/languages';
import { formatList } from '../../i18n/format';

export function summaryText(lang: Lang, g: DimensionGroup): string {
  return dt(lang, 'dim.summary', {
    d: g.d,
    n: g.runs.length,
    counts: formatList(
      lang,
      g.runs.map((r) => r.circles.length),
    ),
    mean: g.mean.toFixed(1),
  });
}

export function runLines(lang: Lang, g: DimensionGroup): string[] {
  return g.runs.map((r) => dt(lang, 'dim.run', { seed: r.seed, count: r.circles.length, list: r.circles.join(', ') }));
}

/**
 * A lab link for d (the lab's own URL schema, `lab.*`), with the sweep's model (p = 59, 3,000
 * steps) and the next seed the sweep has not used, so the reader adds a new run.
 */
export function labHref(lang: Lang, g: DimensionGroup): string {
  const used = new Set(g.runs.map((r) => r.seed));
  let seed = 0;
  while (used.has(seed)) seed++;
  // p, d and steps are written even where they equal the lab's defaults: the link says what it opens.
  const params = writeState(labSchema, { ...defaults(labSchema), p: 59, d: g.d, seed, steps: 3000 }, LAB_NAMESPACE, new URLSearchParams(), ['p', 'd', 'steps']);
  return `/${lang}/lab/?${params}`;
}
