/**
 * Build-time source of the circles' ODE data (Node only): the hero reference run's first 1,000
 * steps (paper.md §4), read from the reference cache. If the cache does not hold the hero run
 * yet (a fresh checkout before `npm run reference`), the golden fixture's 300 steps stand in,
 * and every caption says so (`source: 'fixture'`), so no figure passes one run off as another.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countCircles } from '../../lib/fourier';
import { readCached } from '../../reference/cache';
import { hero } from '../../reference/manifest';
import type { CompactRun } from '../../reference/spec';
import type { CircleOdeData } from './circle-ode-model';

/** The ODE window: steps 0..1000 (1,000 transitions), as in the authors' ode_fit.py. */
export const ODE_WINDOW = 1000;
const FIXTURE = 'test/fixtures/golden-p59-d32-s0.json';

/** Rounded to 4 decimals: far below the step-to-step changes the fit sees, and half the bytes. */
const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** The hero run's window, or an Error saying exactly what is missing. */
export function heroOdeData(run: CompactRun | null = readCached(hero)): CircleOdeData {
  if (!run) {
    throw new Error(`The hero reference run (${hero.id}) is not in reference/cache/. Compute it with "npm run reference".`);
  }
  const { p, d } = run.config;
  const half = Math.floor((p - 1) / 2);
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

/** The golden fixture (p = 59, d = 32, 300 steps, full spectrum per step). */
export function fixtureOdeData(): CircleOdeData {
  const g = JSON.parse(readFileSync(resolve(process.cwd(), FIXTURE), 'utf8')) as { config: { p: number; d: number }; signals: number[][] };
  const { p, d } = g.config;
  const half = Math.floor((p - 1) / 2);
  const last = g.signals[g.signals.length - 1]!;
  return {
    source: 'fixture',
    runId: 'golden-p59-d32-s0',
    p,
    d,
    signals: g.signals.map((row) => row.slice(1, half + 1).map(round)),
    survivors: countCircles(last).circles,
  };
}

let cached: CircleOdeData | undefined;

/** What the build uses: the hero run when cached, else the fixture (with a warning). */
export function circleOdeData(): CircleOdeData {
  if (cached) return cached;
  const run = readCached(hero);
  if (run) cached = heroOdeData(run);
  else {
    console.warn(`[ode] ${hero.id} is not cached yet; the section 7 figures use the golden fixture instead.`);
    cached = fixtureOdeData();
  }
  return cached;
}
