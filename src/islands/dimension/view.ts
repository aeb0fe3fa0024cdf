/** The dimension widget's readout for one d: pure, shared by the build and the page. */
import type { DimensionGroup } from './data';
import { dt, type DimLang } from './i18n';

export function summaryText(lang: DimLang, g: DimensionGroup): string {
  return dt(lang, 'dim.summary', {
    d: g.d,
    n: g.runs.length,
    counts: g.runs.map((r) => r.circles.length).join(lang === 'ja' ? '、' : ', '),
    mean: g.mean.toFixed(1),
  });
}

export function runLines(lang: DimLang, g: DimensionGroup): string[] {
  return g.runs.map((r) => dt(lang, 'dim.run', { seed: r.seed, count: r.circles.length, list: r.circles.join(', ') }));
}

/** A lab link for d, with the next seed the sweep has not used (so the reader adds a new run). */
export function labHref(lang: DimLang, g: DimensionGroup): string {
  const used = new Set(g.runs.map((r) => r.seed));
  let seed = 0;
  while (used.has(seed)) seed++;
  return `/${lang}/lab/?lab.d=${g.d}&lab.seed=${seed}&lab.steps=3000`;
}
