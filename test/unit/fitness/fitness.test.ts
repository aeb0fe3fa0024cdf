// The fitness widget's pure parts: the URL schema and plan, a run's verdict from its signal
// rows, the pooling of the reader's runs, and the two specs rendered with and without them.
import { describe, expect, it } from 'vitest';
import { fitnessConfig, planRuns, readFitnessState, writeFitnessState, FIT_P } from '../../../src/lib/state/fitness';
import { defaults } from '../../../src/lib/state/schema';
import { fitnessSchema } from '../../../src/lib/state/fitness';
import { relativeGradient } from '../../../src/lib/fourier';
import { readerRatePoints, runOutcome, tallies, GRADIENT_STEP } from '../../../src/islands/fitness/outcome';
import { fitnessGradientSpec, fitnessRateSpec } from '../../../src/figures/specs/fitness';
import { renderToString } from '../../../src/figures/render';
import { settledText, referenceText } from '../../../src/islands/fitness/view';

const base = defaults(fitnessSchema);

/** A full spectrum of length p with S_k = S_{p−k} = v[k] (v indexed 0..(p−1)/2). */
function spectrum(v: (k: number) => number, p = FIT_P): Float64Array {
  const s = new Float64Array(p);
  for (let k = 0; k < p; k++) s[k] = v(Math.min(k, p - k));
  return s;
}

describe('fitness state and plan', () => {
  it('pairs every nudged run with an untouched twin, the nudged run first, and none when α = 1', () => {
    expect(planRuns({ ...base, seeds: 2, alpha: 1.2 })).toEqual([
      { seed: 0, alpha: 1.2, control: false },
      { seed: 0, alpha: 1, control: true },
      { seed: 1, alpha: 1.2, control: false },
      { seed: 1, alpha: 1, control: true },
    ]);
    // The default plan starts with the reader's nudge, not its twin.
    expect(planRuns(base)[0]).toEqual({ seed: 0, alpha: base.alpha, control: false });
    expect(planRuns({ ...base, seeds: 2, alpha: 1.2, control: false }).map((r) => r.alpha)).toEqual([1.2, 1.2]);
    expect(planRuns({ ...base, seeds: 3, alpha: 1 })).toEqual([0, 1, 2].map((seed) => ({ seed, alpha: 1, control: true })));
  });

  it('builds the engine config: fixed embedding, varied MLP/split seed, scaled k only when nudged', () => {
    const s = { ...base, k: 7, alpha: 0.9, steps: 500, embedding: 42 };
    const c = fitnessConfig(s, { seed: 3, alpha: 0.9, control: false });
    expect(c).toMatchObject({ p: 59, d: 128, mode: 'fix-embedding', initSeed: 42, seed: 3, steps: 500, scaleFrequencies: [{ k: 7, alpha: 0.9 }] });
    expect(fitnessConfig(s, { seed: 3, alpha: 1, control: true }).scaleFrequencies).toEqual([]);
  });

  it('reads the URL with notices for clamped, rejected and unknown keys, and round-trips', () => {
    const { state, notices } = readFitnessState('?fit.k=99&fit.alpha=abc&fit.seeds=3&fit.zz=%3Cscript%3E&lab.seed=5');
    expect(state.k).toBe(29);
    expect(state.alpha).toBe(base.alpha);
    expect(state.seeds).toBe(3);
    expect(notices.map((n) => n.kind).sort()).toEqual(['clamped', 'rejected', 'unknown']);
    const again = readFitnessState(writeFitnessState({ ...state, control: false, steps: 300 }));
    expect(again.notices).toEqual([]);
    expect(again.state).toEqual({ ...state, control: false, steps: 300 });
    // Defaults stay out of the URL; other widgets' parameters stay in it.
    const params = writeFitnessState(base, new URLSearchParams('lab.seed=5&fit.k=3'));
    expect(params.toString()).toBe('lab.seed=5');
  });
});

describe('a run’s verdict', () => {
  it('takes g⁽⁴⁾ from the first rows and survival from the last spectrum (2 × mean rule)', () => {
    const first = Array.from({ length: GRADIENT_STEP + 1 }, (_, t) => spectrum((k) => 85 + k * 0.1 + t * (k === 25 ? 0.5 : -0.1)));
    const last = spectrum((k) => (k === 25 ? 900 : k === 6 ? 700 : 5));
    const o = runOutcome({ seed: 1, alpha: 1.15, control: false }, 25, 1000, first, last);
    expect(o.survived).toBe(true);
    expect(o.circles).toEqual([25, 6]);
    const g = relativeGradient(first, GRADIENT_STEP);
    const f25 = o.frequencies.find((f) => f.k === 25)!;
    expect(f25.g).toBeCloseTo(g[25]!, 15);
    expect(f25.g).toBeCloseTo(0.5 / (85 + 2.5), 12);
    expect(f25.s0).toBeCloseTo(87.5, 12);
    expect(o.frequencies).toHaveLength(29);
    expect(o.frequencies.filter((f) => f.survived).map((f) => f.k)).toEqual([6, 25]);
    expect(() => runOutcome({ seed: 0, alpha: 1, control: true }, 25, 10, first.slice(0, 3), last)).toThrow(RangeError);
  });

  it('pools runs per condition into survival rates and tallies', () => {
    const first = Array.from({ length: 5 }, () => spectrum((k) => 80 + k));
    const alive = (ks: number[]) => spectrum((k) => (ks.includes(k) ? 1000 : 1));
    const outcomes = [
      runOutcome({ seed: 0, alpha: 1, control: true }, 25, 100, first, alive([3])),
      runOutcome({ seed: 0, alpha: 1.2, control: false }, 25, 100, first, alive([25, 3])),
      runOutcome({ seed: 1, alpha: 1, control: true }, 25, 100, first, alive([25])),
      runOutcome({ seed: 1, alpha: 1.2, control: false }, 25, 100, first, alive([25])),
    ];
    expect(tallies(outcomes)).toEqual([
      { alpha: 1, control: true, runs: 2, survived: 1 },
      { alpha: 1.2, control: false, runs: 2, survived: 2 },
    ]);
    const pts = readerRatePoints(outcomes);
    expect(pts).toHaveLength(58);
    expect(pts.find((q) => q.alpha === 1.2 && q.k === 25)!.rate).toBe(1);
    expect(pts.find((q) => q.alpha === 1 && q.k === 25)!.rate).toBe(0.5);
    expect(pts.find((q) => q.alpha === 1 && q.k === 3)!.rate).toBe(0.5);
    expect(pts.find((q) => q.alpha === 1 && q.k === 3)!.s0).toBe(83);
  });
});

describe('fitness figures', () => {
  const reference = [
    { s0: 84, rate: 0.1 },
    { s0: 90, rate: 0.6 },
  ];
  const refGrad = [
    { g: -0.001, s0: 84, survived: false },
    { g: 0.002, s0: 90, survived: true },
  ];

  it('draws the reference alone at build time and adds the reader’s points and the ringed k live', () => {
    const staticSvg = renderToString(fitnessRateSpec({ reference, reader: [], k: 25 }, { description: 'd' }));
    expect(staticSvg).not.toContain('k = 25');
    expect(staticSvg).toContain('reference runs');
    const reader = [
      { k: 25, alpha: 1.2, control: false, s0: 95, rate: 1 },
      { k: 3, alpha: 1.2, control: false, s0: 83, rate: 0 },
      { k: 25, alpha: 1, control: true, s0: 88, rate: 0.5 },
    ];
    const live = renderToString(fitnessRateSpec({ reference, reader, k: 25 }));
    expect(live).toContain('k = 25');
    expect(live).toContain('your runs: α = 1.2');
    expect(live).toContain('your runs: α = 1 (control)');
    expect((live.match(/<circle/g) ?? []).length).toBeGreaterThan((staticSvg.match(/<circle/g) ?? []).length + 3);
  });

  it('marks the reader’s survivors and losers with different symbols in the gradient plot', () => {
    const reader = [
      { k: 25, alpha: 1.2, control: false, g: 0.003, s0: 95, survived: true },
      { k: 3, alpha: 1.2, control: false, g: -0.002, s0: 83, survived: false },
    ];
    const svg = renderToString(fitnessGradientSpec({ reference: refGrad, reader, k: 25 }, { lang: 'ja' }));
    expect(svg).toContain('参照実行');
    expect(svg).toContain('生存');
    expect(svg).toContain('消滅');
    expect(svg).toContain('k = 25');
  });

  it('says how often a run of the chosen length had settled, and lists the reference rates', () => {
    const settled = { steps: [300, 500, 1800, null], runLength: 3000 };
    expect(settledText('en', settled, 1000)).toContain('by step 1,000 in 2 of 4 runs');
    expect(settledText('en', { steps: [], runLength: null }, 1000)).toBeNull();
    expect(
      referenceText('en', {
        k: 25,
        embedding: 200,
        steps: 2000,
        points: [
          { alpha: 0.85, rate: 0.25, n: 4 },
          { alpha: 1.15, rate: 0.75, n: 4 },
        ],
        runs: 8,
      }),
    ).toContain('α = 0.85: 25%, α = 1.15: 75%');
    expect(referenceText('ja', { k: 25, embedding: null, steps: null, points: [], runs: 0 })).toContain('まだ計算されていません');
  });
});
