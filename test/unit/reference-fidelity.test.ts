// The ground-truth checks of shared/paper.md §7 that our engine's committed reference data must
// pass (issue: reference results). They read the cached runs through the same measurement the
// reproduction page shows, so a change of engine or cache that broke a finding fails here.
import { describe, expect, it } from 'vitest';
import { measure } from '../../src/figures/analyses/claims';
import { loadExperiment } from '../../src/figures/analyses/load';
import { settledness } from '../../src/figures/analyses/dimension';

describe('reference data against paper.md §7', async () => {
  const m = await measure();

  it('initial signals ≈ √(p·d) = 86.9 at p = 59, d = 128, with a spread of a few units (check 1)', () => {
    expect(m.initialSignal).not.toBeNull();
    const s = m.initialSignal!;
    expect(Math.abs(s.mean - Math.sqrt(59 * 128))).toBeLessThan(2);
    expect(s.sd).toBeGreaterThan(1.5);
    expect(s.sd).toBeLessThan(7);
    expect(s.min).toBeGreaterThan(65);
    expect(s.max).toBeLessThan(110);
  });

  it('S_k = S_{p−k} and clean final circles: equal Re/Im norms, Re ⟂ Im, planes ⟂ (checks 2, 6)', () => {
    expect(m.mirrorError).not.toBeNull();
    expect(m.mirrorError!).toBeLessThan(1e-4);
    expect(m.geometry!.ratio).toBeLessThan(0.1);
    expect(m.geometry!.cosReIm).toBeLessThan(0.1);
    expect(m.geometry!.cosPlanes).toBeLessThan(0.1);
  });

  it('d = 128: circle counts mostly 4–6, never 1–2 or ≥ 8 (check 3)', () => {
    const counts = m.circlesD128!.counts;
    expect(counts.length).toBeGreaterThanOrEqual(8);
    for (const c of counts) {
      expect(c).toBeGreaterThanOrEqual(3);
      expect(c).toBeLessThanOrEqual(7);
    }
    expect(counts.filter((c) => c >= 4 && c <= 6).length).toBeGreaterThanOrEqual(counts.length / 2);
  });

  it('hero: train accuracy 1 early, test accuracy ≥ 0.99 within a few hundred steps, survivors far above losers (checks 4, 5)', () => {
    const h = m.hero!;
    expect(h.trainAcc1).not.toBeNull();
    expect(h.trainAcc1!).toBeLessThanOrEqual(100);
    expect(h.testAcc99!).toBeLessThanOrEqual(500);
    expect(h.settled!).toBeLessThanOrEqual(2000);
    expect(h.survivorRange[0]).toBeGreaterThan(3 * h.loserRange[1]);
  });

  it('step-4 gradient in the expected range; survivors’ mean g⁽⁴⁾ above the losers’ (check 9)', () => {
    const g = m.gradient!;
    expect(g.nSurvivors).toBeGreaterThan(10);
    expect(g.min).toBeGreaterThan(-5e-3);
    expect(g.max).toBeLessThan(5e-3);
    expect(g.survivors).toBeGreaterThan(g.dead);
  });

  it('more embedding dimensions, more circles (check 10)', () => {
    const pts = [...m.dimension.points].sort((a, b) => a.d - b.d);
    expect(pts.length).toBeGreaterThanOrEqual(5);
    const lo = pts.filter((p) => p.d <= 4);
    const hi = pts.filter((p) => p.d >= 128);
    const avg = (xs: typeof pts) => xs.reduce((s, p) => s + p.mean * p.n, 0) / xs.reduce((s, p) => s + p.n, 0);
    expect(avg(hi)).toBeGreaterThan(avg(lo) + 1);
  });

  it('survival rises with initial signal: positive correlation, and the boosted frequency survives more often (check 11)', () => {
    expect(m.empirical.runs).toBeGreaterThanOrEqual(8);
    expect(m.empirical.r).toBeGreaterThan(0.2);
    const rates = [...m.perturbation.rates].sort((a, b) => a.alpha - b.alpha);
    expect(rates.length).toBeGreaterThanOrEqual(2);
    expect(rates[rates.length - 1]!.rate).toBeGreaterThan(rates[0]!.rate);
  });

  it('one circle alone loses more than the best two, which lose more than the best three (check 12)', () => {
    const c = m.collaboration!;
    expect(c.one).toBeGreaterThan(c.two);
    expect(c.two).toBeGreaterThan(c.three);
  });

  it('the dimension sweep is long enough: most survivor sets stop changing two thirds of the way in (issue: "check it")', () => {
    const { runs, planned } = loadExperiment('dimension');
    expect(runs.length).toBe(planned);
    const st = settledness(runs);
    expect(st.total).toBe(runs.length);
    expect(st.settled / st.total).toBeGreaterThanOrEqual(0.75);
  });
});
