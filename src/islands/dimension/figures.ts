/**
 * Build-time figures of the dimension widget (Node only): the sweep chart with one highlight per
 * width (the page shows the chosen one), the final spectrum of each width's first reference run,
 * and the circle planes where the cache holds an embedding. The sweep runs keep their spectra but
 * not their embeddings, so planes exist only at d = 128, from the hero run (same model and seed,
 * trained longer).
 */
import { loadExperiment, loadById } from '../../figures/analyses/load';
import { circlesByDimension } from '../../figures/analyses/dimension';
import { spectrumAt } from '../../figures/analyses/series';
import { planesOf } from '../../figures/analyses/planes';
import { circlesVsDimSpec } from '../../figures/specs/circles-vs-dim';
import { spectrumSpec } from '../../figures/specs/spectrum';
import { circlePlanesSpec } from '../../figures/specs/circle-planes';
import { renderToString } from '../../figures/render';
import { dt } from './i18n';
import type { Lang } from '../../i18n/languages';

export interface WidthSpectrum {
  d: number;
  seed: number;
  step: number;
  circles: number[];
  svg: string;
}

export interface WidthPlanes {
  d: number;
  run: string;
  seed: number;
  step: number;
  circles: number[];
  svg: string;
}

export interface DimensionFigures {
  sweepSvg: string;
  spectra: WidthSpectrum[];
  planes: WidthPlanes[];
}

const HERO_ID = 'hero/d128-s0';

/** Hide every highlight group but the one for `d` (SVG's own display attribute: no script needed). */
export function showOnlyHighlight(svg: string, d: number): string {
  return svg.replace(/<g([^>]*?)class="dim-hl dim-hl-(\d+)"/g, (m, pre: string, w: string) =>
    Number(w) === d ? m : `<g${pre}display="none" class="dim-hl dim-hl-${w}"`,
  );
}

export function dimensionFigures(lang: Lang, chosen: number): DimensionFigures {
  const { runs } = loadExperiment('dimension');
  const points = circlesByDimension(runs);
  const widths = points.map((p) => p.d);
  const sweep = renderToString(circlesVsDimSpec(points, { lang, width: 440, height: 280, highlights: widths, description: dt(lang, 'dim.sweepDesc') }));
  const spectra: WidthSpectrum[] = [];
  for (const d of widths) {
    const run = runs.filter((r) => r.config.d === d).sort((a, b) => a.config.seed - b.config.seed)[0];
    if (!run) continue;
    const last = run.steps[run.steps.length - 1]!;
    const data = spectrumAt(run, last);
    const description = dt(lang, 'dim.spectrumDesc', { d, seed: run.config.seed, step: last, n: run.circles.length });
    spectra.push({
      d,
      seed: run.config.seed,
      step: last,
      circles: run.circles,
      svg: renderToString(spectrumSpec(data, { lang, width: 440, height: 250, description })),
    });
  }
  const planes: WidthPlanes[] = [];
  const hero = loadById(HERO_ID);
  const snap = hero?.snapshots?.[hero.snapshots.length - 1];
  if (hero && snap) {
    const list = planesOf(snap.embedding, hero.circles);
    const description = dt(lang, 'dim.planesDesc', { d: hero.config.d, n: list.length });
    planes.push({
      d: hero.config.d,
      run: HERO_ID,
      seed: hero.config.seed,
      step: snap.step,
      circles: hero.circles,
      svg: renderToString(circlePlanesSpec(list, { lang, description, columns: list.length, width: 660 })),
    });
  }
  return { sweepSvg: showOnlyHighlight(sweep, chosen), spectra, planes };
}
