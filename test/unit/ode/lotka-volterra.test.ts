import { describe, expect, it } from 'vitest';
import {
  type CompetitionParams,
  competitionEquilibria,
  competitionNullclines,
  competitionOutcome,
  competitionRhs,
  get,
  predatorPreyEquilibrium,
  predatorPreyRhs,
  rk45,
} from '../../../src/lib/ode';
import { at } from '../../../src/lib/ode/checked-index';
import { errorCode } from './helpers';

const base = { r1: 1, r2: 0.7, K1: 100, K2: 80 };
// K1/K2 = 1.25, K2/K1 = 0.8
const xWins: CompetitionParams = { ...base, a12: 0.6, a21: 1.2 }; // a12 < 1.25, a21 > 0.8
const yWins: CompetitionParams = { ...base, a12: 1.6, a21: 0.5 }; // a12 > 1.25, a21 < 0.8
const coexist: CompetitionParams = { ...base, a12: 0.6, a21: 0.5 }; // both below
const bistable: CompetitionParams = { ...base, a12: 1.6, a21: 1.2 }; // both above
const cases: Array<[CompetitionParams, string]> = [
  [xWins, 'x-wins'],
  [yWins, 'y-wins'],
  [coexist, 'coexistence'],
  [bistable, 'bistable'],
];

function endState(p: CompetitionParams, x0: number, y0: number): [number, number] {
  const res = rk45(competitionRhs(p), 0, [x0, y0], [400], { rtol: 1e-9, atol: 1e-12 });
  expect(res.status).toBe('ok');
  return [get(res.y, 0, 0), get(res.y, 0, 1)];
}

describe('competitive Lotka–Volterra', () => {
  it('classifies the four classic cases with machine-readable reasons', () => {
    for (const [p, outcome] of cases) expect(competitionOutcome(p).outcome).toBe(outcome);
    expect(competitionOutcome(xWins).reason).toBe('a12<K1/K2,a21>K2/K1');
    expect(competitionOutcome(bistable).reason).toBe('a12>K1/K2,a21>K2/K1');
    expect(competitionOutcome({ ...base, a12: 1.25, a21: 0.5 }).outcome).toBe('degenerate');
  });

  it('integration from interior starts reaches the classified outcome', () => {
    let [x, y] = endState(xWins, 30, 30);
    expect(x).toBeCloseTo(100, 3);
    expect(y).toBeLessThan(1e-3);
    [x, y] = endState(yWins, 30, 30);
    expect(x).toBeLessThan(1e-3);
    expect(y).toBeCloseTo(80, 3);
    [x, y] = endState(coexist, 5, 90);
    const star = competitionEquilibria(coexist).find((e) => e.kind === 'coexistence')!;
    // x* = (100 − 0.6·80)/(1 − 0.3) = 52/0.7, y* = (80 − 0.5·100)/0.7 = 30/0.7
    expect(star.x).toBeCloseTo(52 / 0.7, 12);
    expect(star.y).toBeCloseTo(30 / 0.7, 12);
    expect(star.stability).toBe('stable');
    expect(x).toBeCloseTo(star.x, 3);
    expect(y).toBeCloseTo(star.y, 3);
    // Bistable: the interior point is a saddle; who wins depends on the start.
    expect(competitionEquilibria(bistable).find((e) => e.kind === 'coexistence')!.stability).toBe('saddle');
    [x, y] = endState(bistable, 70, 20);
    expect(x).toBeCloseTo(100, 3);
    expect(y).toBeLessThan(1e-3);
    [x, y] = endState(bistable, 20, 70);
    expect(x).toBeLessThan(1e-3);
    expect(y).toBeCloseTo(80, 3);
  });

  it('equilibria have the right local stability in the exclusion case', () => {
    const eq = competitionEquilibria(xWins);
    const byKind = Object.fromEntries(eq.map((e) => [e.kind, e]));
    expect(byKind['extinction']?.stability).toBe('unstable');
    expect(byKind['x-only']?.stability).toBe('stable');
    expect(byKind['y-only']?.stability).toBe('saddle');
    expect(byKind['coexistence']).toBeUndefined(); // interior point is not positive here
  });

  it('nullclines are segments on the right lines, clipped to the box', () => {
    const p = coexist;
    const segs = competitionNullclines(p, 120, 120);
    const xLine = segs.find((s) => s.species === 'x' && s.kind === 'line')!;
    const yLine = segs.find((s) => s.species === 'y' && s.kind === 'line')!;
    for (const pt of [xLine.from, xLine.to]) expect(pt.x + p.a12 * pt.y).toBeCloseTo(p.K1, 10);
    for (const pt of [yLine.from, yLine.to]) expect(pt.y + p.a21 * pt.x).toBeCloseTo(p.K2, 10);
    // x + 0.6y = 100 meets y = 120 at x = 28 (the y-intercept 166.7 lies outside the box).
    expect(xLine.from.x).toBeCloseTo(28, 10);
    expect(xLine.from.y).toBeCloseTo(120, 10);
    expect(xLine.to).toEqual({ x: 100, y: 0 });
    // On a nullcline the corresponding derivative vanishes.
    const f = competitionRhs(p);
    const d = new Float64Array(2);
    f(0, Float64Array.from([yLine.from.x, yLine.from.y]), d);
    expect(Math.abs(at(d, 1))).toBeLessThan(1e-10);
    expect(segs.filter((s) => s.kind === 'axis')).toHaveLength(2);
  });

  it('rejects invalid parameters', () => {
    expect(errorCode(() => competitionOutcome({ ...base, a12: NaN, a21: 1 }))).toBe('non-finite');
    expect(errorCode(() => competitionOutcome({ ...base, K1: -1, a12: 1, a21: 1 }))).toBe('bad-argument');
    expect(errorCode(() => predatorPreyRhs({ alpha: 1, beta: 0, gamma: 1, delta: 1 }))).toBe('bad-argument');
  });

  it('predator–prey equilibrium is a fixed point', () => {
    const p = { alpha: 1.5, beta: 0.3, gamma: 0.8, delta: 0.1 };
    const e = predatorPreyEquilibrium(p);
    const d = new Float64Array(2);
    predatorPreyRhs(p)(0, Float64Array.from([e.x, e.y]), d);
    expect(Math.abs(at(d, 0)) + Math.abs(at(d, 1))).toBeLessThan(1e-12);
  });
});
