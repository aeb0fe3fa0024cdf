import { describe, expect, it } from 'vitest';
import { heroOdeData } from '../../../src/figures/data/ode';
import { fixtureOdeData } from './fixture-ode-data';
import { defaultFrequencies, fitCircleOde, matrixOf, oneStepR2, predict, stabilitySummary, stateMatrix } from '../../../src/lib/ode/circle-ode-model';
import { get } from '../../../src/lib/ode/matrix';
import { simulateTwoSpecies, TWO_SPECIES_DEFAULTS, clampInput } from '../../../src/lib/ode/two-species-model';
import { verdictText, presentText } from '../../../src/islands/ode/two-species-text';
import { nearestStop, ALPHA_LADDER } from '../../../src/islands/ode/alpha-ladder';
import { fmt, odeT } from '../../../src/i18n/ode';

describe('circles ODE model (golden fixture, p = 59, d = 32, 300 steps)', () => {
  const data = fixtureOdeData();
  const state = stateMatrix(data.signals);

  it('keeps frequencies 1..29 of every step and the survivors of the last step', () => {
    expect(state.rows).toBe(301);
    expect(state.cols).toBe(29);
    expect(data.survivors.length).toBeGreaterThan(0);
    expect(data.survivors.every((k) => k >= 1 && k <= 29)).toBe(true);
  });

  it('one-step R² of the unedited model equals the fit’s own score, and drops when a coefficient is broken', () => {
    const fit = fitCircleOde(data.signals, 0);
    const A = matrixOf(fit.A, fit.d);
    const r2 = oneStepR2(A, fit.b, state);
    r2.forEach((v, i) => expect(v).toBeCloseTo(fit.r2PerTarget[i]!, 9));
    A.data[0] = get(A, 0, 0) + 0.05;
    expect(oneStepR2(A, fit.b, state)[0]).toBeLessThan(fit.r2PerTarget[0]! - 0.1);
  });

  it('predict returns both solutions, and reports a blow-up as a message instead of throwing', () => {
    const fit = fitCircleOde(data.signals, 0.01);
    const ok = predict(matrixOf(fit.A, fit.d), fit.b, data.signals[0]!, state);
    expect(ok.euler.ok && ok.exact.ok).toBe(true);
    const A = matrixOf(fit.A, fit.d);
    A.data[0] = 1; // S_1 doubles every step: overflows float64 within 1,100 steps, not within 300…
    for (let i = 0; i < 29; i++) A.data[i * 29 + i] = 1;
    const wild = predict(A, fit.b, data.signals[0]!, stateMatrix([...data.signals, ...data.signals, ...data.signals, ...data.signals]));
    expect(wild.euler.ok).toBe(false);
    if (!wild.euler.ok) expect(wild.euler.code).toBe('blow-up');
    expect(wild.eulerR2.every(Number.isNaN)).toBe(true);
    const st = stabilitySummary(A);
    expect(st.ok && st.value.classification).toBe('unstable');
  });

  it('default frequencies: the survivors plus the two strongest-starting losers', () => {
    const ks = defaultFrequencies(data);
    const losers = ks.filter((k) => !data.survivors.includes(k));
    expect(losers).toHaveLength(2);
    for (const k of data.survivors.slice(0, 4)) expect(ks).toContain(k);
    const x0 = data.signals[0]!;
    const otherLosers = Array.from({ length: 29 }, (_, i) => i + 1).filter((k) => !ks.includes(k) && !data.survivors.includes(k));
    for (const k of otherLosers) expect(x0[k - 1]!).toBeLessThanOrEqual(Math.min(...losers.map((l) => x0[l - 1]!)));
  });
});

describe('hero data loader', () => {
  it('refuses a missing run with a message that says how to compute it', () => {
    expect(() => heroOdeData(null)).toThrowError(/npm run reference/);
  });
});

describe('two-species model', () => {
  it('bistable default: whoever starts ahead wins', () => {
    const ahead1 = simulateTwoSpecies(TWO_SPECIES_DEFAULTS);
    expect(ahead1.outcome).toBe('bistable');
    expect(ahead1.present).toEqual({ x: true, y: false });
    const ahead2 = simulateTwoSpecies({ ...TWO_SPECIES_DEFAULTS, x0: 25, y0: 30 });
    expect(ahead2.present).toEqual({ x: false, y: true });
    expect(ahead1.equilibria.find((e) => e.kind === 'coexistence')?.stability).toBe('saddle');
  });

  it('weak competition: both persist near the interior equilibrium', () => {
    const d = simulateTwoSpecies({ ...TWO_SPECIES_DEFAULTS, a12: 0.5, a21: 0.5 });
    expect(d.outcome).toBe('coexistence');
    expect(d.present).toEqual({ x: true, y: true });
    const last = d.main.x.length - 1;
    // x* = y* = K / (1 + a) = 100 / 1.5
    expect(d.main.x[last]!).toBeCloseTo(100 / 1.5, 2);
    expect(verdictText('en', d)).toContain('both persist');
    expect(verdictText('ja', d)).toContain('共存');
    expect(presentText('en', d)).toMatch(/both species/);
  });

  it('clamps inputs to the slider ranges', () => {
    expect(clampInput({ r1: -3, a12: 99, K1: Number.NaN }).r1).toBe(0.1);
    expect(clampInput({ a12: 99 }).a12).toBe(2.5);
    expect(clampInput({ K1: Number.NaN }).K1).toBe(TWO_SPECIES_DEFAULTS.K1);
  });
});

describe('helpers', () => {
  it('alpha slider stops snap on a log scale', () => {
    expect(nearestStop(0)).toBe(0);
    expect(ALPHA_LADDER[nearestStop(0.01)]).toBe(0.01);
    expect(ALPHA_LADDER[nearestStop(0.013)]).toBe(0.01);
    expect(ALPHA_LADDER[nearestStop(5)]).toBe(1);
  });

  it('formats numbers compactly and fills placeholders in both languages', () => {
    expect(fmt(1.5)).toBe('1.5');
    expect(fmt(1.0)).toBe('1');
    expect(fmt(0.0123456)).toBe('0.0123');
    expect(fmt(1234)).toBe('1234');
    expect(fmt(-0.0004)).toBe('-4.00×10^-4');
    expect(odeT('ja', 'ode.cell', { i: 3, j: 5, v: '0.1' })).toBe('A[3, 5] = 0.1');
    expect(odeT('en', 'ode.sign.pos', { i: 3, j: 5 })).toBe('positive: a larger S_5 pushes S_3 up');
  });
});
