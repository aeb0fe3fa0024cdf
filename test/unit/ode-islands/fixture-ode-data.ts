/**
 * The circles' ODE data from the golden fixture (p = 59, d = 32, 300 steps, full spectrum per
 * step), for the unit tests: the same shape the build makes from the hero run, marked
 * `source: 'fixture'`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countCircles } from '../../../src/lib/fourier';
import { round } from '../../../src/figures/data/ode';
import type { CircleOdeData } from '../../../src/lib/ode/circle-ode-model';

const FIXTURE = 'test/fixtures/golden-p59-d32-s0.json';

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
