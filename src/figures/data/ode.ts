/**
 * Build-time source of the circles' ODE data (Node only): the hero reference run's first 1,000
 * steps (paper.md §4), read from the reference cache. Without the hero run (a fresh checkout
 * before `npm run reference`) the build stops and says how to compute it; production code never
 * reads the test fixtures (the unit tests build the fixture's window themselves, `source: 'fixture'`).
 */
import { readCached } from '../../reference/cache';
import { hero } from '../../reference/manifest';
import type { CompactRun } from '../../reference/spec';
import type { CircleOdeData } from '../../lib/ode/circle-ode-model';
import { circleCount } from '../../lib/fourier';

/** The ODE window: steps 0..1000 (1,000 transitions), as in the authors' ode_fit.py. */
export const ODE_WINDOW = 1000;

/** Rounded to 4 decimals: far below the step-to-step changes the fit sees, and half the bytes. */
export const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** The hero run's window, or an Error saying exactly what is missing. */
export function heroOdeData(run: CompactRun | null = readCached(hero)): CircleOdeData {
  if (!run) {
    throw new Error(`The hero reference run (${hero.id}) is not in reference/cache/. Compute it with "npm run reference".`);
  }
  const { p, d } = run.config;
  const half = circleCount(p);
  const signals: number[][] = [];
  for (let i = 0; i < run.steps.length && run.steps[i]! <= ODE_WINDOW; i++) {
    if (run.steps[i] !== i) throw new Error(`${hero.id} is not logged at every step up to ${ODE_WINDOW} (index ${i} is step ${run.steps[i]}).`);
    signals.push(run.signals[i]!.slice(1, half + 1).map(round));
  }
  if (signals.length !== ODE_WINDOW + 1) {
    throw new Error(`${hero.id} has ${signals.length} logged steps in 0..${ODE_WINDOW}, expected ${ODE_WINDOW + 1}.`);
  }
  return { source: 'hero', runId: run.id, p, d, signals, survivors: run.circles.filter((k) => k >= 1 && k <= half) };
}

let cached: CircleOdeData | undefined;

/** What the build uses: the hero run, which `npm run build` computes first (`npm run reference`). */
export function circleOdeData(): CircleOdeData {
  cached ??= heroOdeData();
  return cached;
}
