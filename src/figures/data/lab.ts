/**
 * Build-time data for the lab's static shell (Node only, called from LabWidget.astro): which
 * reference runs the site serves that a reader's run can be compared with, and the static
 * figure shown when the live part is off.
 */
import { existsSync } from 'node:fs';
import { makeConfig } from '../../lib/config';
import { MANIFEST } from '../../reference/manifest';
import { cachePath, readCached, runKey } from '../../reference/cache';
import { hero } from '../../reference/manifest';
import { renderToString } from '../render';
import { signalEvolutionSpec } from '../specs/signal-evolution';
import type { Lang } from '../../i18n/languages';

/** A reference run the lab can draw beneath a live run with the same settings. */
export interface LabReference {
  id: string;
  p: number;
  d: number;
  seed: number;
  lr: number;
  wd: number;
  frac: number;
}

/** Plain runs of the paper's model (default mode, no interventions) that are in the reference cache. */
export function availableReferences(): LabReference[] {
  const out: LabReference[] = [];
  for (const spec of MANIFEST) {
    const c = makeConfig(spec.config);
    const plain = c.mode === 'default' && !c.freezeEmbedding && !c.construct && !c.keepFrequencies && c.scaleFrequencies.length === 0 && c.hidden === 100;
    if (!plain || !existsSync(cachePath(runKey(spec)))) continue;
    out.push({ id: spec.id, p: c.p, d: c.d, seed: c.seed, lr: c.lr, wd: c.weightDecay, frac: c.trainFraction });
  }
  return out;
}

/** The hero reference run's signal evolution as SVG markup, or null if it is not cached. */
export function staticFigure(lang: Lang): string | null {
  const run = readCached(hero);
  if (!run) return null;
  return renderToString(signalEvolutionSpec({ p: run.config.p, steps: run.steps, signals: run.signals, circles: run.circles }, { lang, width: 640 }));
}
