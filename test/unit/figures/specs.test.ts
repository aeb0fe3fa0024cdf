/**
 * Snapshot tests of every figure spec: fixed synthetic data → the SVG markup renderToString makes.
 * A change to a spec shows up as a diff in __snapshots__/*.svg (update with `vitest -u` after review).
 */
import { describe, expect, it } from 'vitest';
import { renderToString } from '../../../src/figures/render';
import { signalEvolutionSpec } from '../../../src/figures/specs/signal-evolution';
import { spectrumSpec } from '../../../src/figures/specs/spectrum';
import { circlePlanesSpec } from '../../../src/figures/specs/circle-planes';
import { lossCurvesSpec } from '../../../src/figures/specs/loss-curves';
import { spectrumHeatmapSpec } from '../../../src/figures/specs/spectrum-heatmap';
import { circlesVsDimSpec } from '../../../src/figures/specs/circles-vs-dim';
import { gradientHistSpec } from '../../../src/figures/specs/gradient-hist';
import { gradientScatterSpec } from '../../../src/figures/specs/gradient-scatter';
import { collaborationSpec } from '../../../src/figures/specs/collaboration';
import { circlesVsSettingSpec } from '../../../src/figures/specs/circles-vs-setting';
import { horizonSpec } from '../../../src/figures/specs/horizon';
import { ablationSpec } from '../../../src/figures/specs/ablation';
import { constructionSpec, frozenSpec, perturbationSpec, survivalVsSignalSpec } from '../../../src/figures/specs/survival';
import { fakeSeries } from './fake-runs';

const p = 59;
const series = fakeSeries();
const ring = (k: number, r = 1) => ({
  k,
  x: Array.from({ length: p }, (_, t) => r * Math.cos((2 * Math.PI * k * t) / p)),
  y: Array.from({ length: p }, (_, t) => r * Math.sin((2 * Math.PI * k * t) / p)),
});
const loss = {
  steps: series.steps,
  trainLoss: series.steps.map((t) => 4 * Math.exp(-t / 100) + 1e-6),
  testLoss: series.steps.map((t) => 4 * Math.exp(-t / 300) + 1e-5),
  trainAcc: series.steps.map((t) => Math.min(1, t / 40)),
  testAcc: series.steps.map((t) => Math.min(1, t / 300)),
};
const grad = Array.from({ length: 58 }, (_, i) => ({
  run: `r${i % 2}`,
  k: (i % 29) + 1,
  g: ((i * 37) % 29) * 1e-4 - 1.5e-3,
  s0: 80 + ((i * 13) % 17),
  survived: i % 6 === 0,
}));

// No renumbering here: finishPlot (src/figures/svg-dom.ts) must already scope Plot's counter ids, so
// rendering a spec twice in one process gives byte-identical markup with no plot-clip-N left in it.
const render = (spec: unknown) => renderToString(spec as Parameters<typeof renderToString>[0]);
const PLOT_COUNTER_ID = /plot-(marker|clip|pattern)-\d+/;

const cases: [string, () => unknown][] = [
  ['signal-evolution', () => signalEvolutionSpec({ ...series, overlay: series }, { description: 'test' })],
  ['spectrum', () => spectrumSpec({ p, signals: series.signals[0]!, threshold: 120, circles: series.circles, step: 0 })],
  [
    'spectrum-facets',
    () =>
      spectrumSpec(
        [0, 30, 59].map((i) => ({ p, signals: series.signals[i]!, threshold: 60, circles: series.circles, step: series.steps[i] })),
        { lang: 'ja' },
      ),
  ],
  ['circle-planes', () => circlePlanesSpec([ring(3), ring(11, 2), { ...ring(20, 0.5), label: 'step 0' }])],
  ['loss-curves', () => lossCurvesSpec({ ...loss, overlay: loss })],
  ['spectrum-heatmap', () => spectrumHeatmapSpec(series, { maxColumns: 20 })],
  [
    'circles-vs-dim',
    () =>
      circlesVsDimSpec([
        { d: 16, n: 3, mean: 3.33, sd: 0.58, min: 3, max: 4, counts: [3, 3, 4] },
        { d: 128, n: 3, mean: 5, sd: 0, min: 5, max: 5, counts: [5, 5, 5] },
      ]),
  ],
  ['gradient-hist', () => gradientHistSpec(grad, { bins: 10 })],
  ['gradient-scatter', () => gradientScatterSpec(grad, { a: 1000, b: 0.1, c: -9 })],
  [
    'collaboration',
    () =>
      collaborationSpec(
        {
          steps: [0, 100, 200],
          top: 3,
          second: 1,
          one: [0, 1, 2].map((t) => [1, 2, 3, 4].map((k) => 4 / (t + 1) / (k === 3 ? 2 : 1))),
          two: [0, 1, 2].map((t) => [1, 2, 3, 4].map((k) => 3 / (t + 1) / (k === 3 ? 2 : 1))),
          three: [0, 1, 2].map((t) => [1, 2, 3, 4].map((k) => 2 / (t + 1) / (k === 3 ? 2 : 1))),
          survivors: [4, 1, 1e-3],
          full: [4, 0.5, 1e-4],
        },
        [3, 1],
        p,
      ),
  ],
  [
    'ablation',
    () =>
      ablationSpec([
        { label: 'O', description: 'all', panel: ['O, A, B', 'O, C, D'], steps: loss.steps, testLoss: loss.testLoss },
        { label: 'A', description: 'k = 11', panel: ['O, A, B'], steps: loss.steps, testLoss: loss.trainLoss },
      ]),
  ],
  [
    'survival-vs-signal',
    () =>
      survivalVsSignalSpec([
        { embedding: 1, k: 1, s0: 85, rate: 0.1, n: 8 },
        { embedding: 1, k: 2, s0: 92, rate: 0.6, n: 8 },
        { embedding: 2, k: 1, s0: 88, rate: 0.3, n: 8 },
      ]),
  ],
  [
    'perturbation',
    () =>
      perturbationSpec(
        [
          { embedding: 200, alpha: 0.85, excess: -14, rate: 0, n: 4 },
          { embedding: 200, alpha: 1.15, excess: 12, rate: 0.75, n: 4 },
          { embedding: 201, alpha: 0.85, excess: -11, rate: 0.25, n: 4 },
          { embedding: 201, alpha: 1.15, excess: 14, rate: 0.5, n: 4 },
        ],
        25,
      ),
  ],
  [
    'construction',
    () =>
      constructionSpec([
        { ratio: 0.05, larger: 1, smaller: 0, n: 4 },
        { ratio: 1, larger: 0.5, smaller: 0.5, n: 4 },
      ]),
  ],
  [
    'circles-vs-setting',
    () =>
      circlesVsSettingSpec(
        [
          { x: 0, n: 3, mean: 9.33, sd: 1.2, min: 8, max: 11, counts: [8, 9, 11], settled: [4000, 4000, 3900] },
          { x: 0.5, n: 3, mean: 4.67, sd: 0.58, min: 4, max: 5, counts: [4, 5, 5], settled: [900, 1500, 700] },
          { x: 1.5, n: 3, mean: 3, sd: 0, min: 3, max: 3, counts: [3, 3, 3], settled: [400, 350, 500] },
        ],
        { xLabel: 'weight decay', paperValue: 0.5 },
      ),
  ],
  [
    'horizon',
    () =>
      horizonSpec(
        [
          { step: 1, final: 2, runs: 16, share: 0.125, lo: 0.035, hi: 0.36 },
          { step: 500, final: 9, runs: 16, share: 0.5625, lo: 0.33, hi: 0.77 },
          { step: 3000, final: 11, runs: 16, share: 0.6875, lo: 0.44, hi: 0.86 },
          { step: 20000, final: 15, runs: 16, share: 0.9375, lo: 0.72, hi: 0.99 },
          { step: 30000, final: 16, runs: 16, share: 1, lo: 0.81, hi: 1 },
        ],
        { designSteps: 3000, designLabel: 'our runs stop: 3,000', target: 0.95, targetLabel: 'target 95%' },
      ),
  ],
  [
    'frozen',
    () =>
      frozenSpec(
        [
          { d: 16, seed: 0, step: 500, testLoss: 3, testAcc: 0.1 },
          { d: 128, seed: 0, step: 500, testLoss: 0.01, testAcc: 1 },
        ],
        59,
      ),
  ],
];

describe('figure specs render deterministic SVG', () => {
  for (const [name, make] of cases) {
    it(name, async () => {
      const svg = render(make());
      expect(svg).toMatch(/<svg/);
      expect(svg).not.toMatch(PLOT_COUNTER_ID);
      expect(render(make())).toBe(svg);
      await expect(svg).toMatchFileSnapshot(`__snapshots__/${name}.svg.html`);
    });
  }

  it('signal evolution colours every survivor and draws the others grey', () => {
    const svg = renderToString(signalEvolutionSpec(series, {}));
    expect(svg).toContain('#9ca3af');
    for (const k of series.circles) expect(svg).toContain(`k = ${k}`);
    // One grey path per non-surviving frequency (29 − 3).
    const greyGroup = svg.match(/<g[^>]*stroke="#9ca3af"[^>]*>(.*?)<\/g>/s)?.[1] ?? '';
    expect(greyGroup.match(/<path/g)?.length).toBe(26);
  });

  it('circle planes keep equal x and y domains (circles look round)', () => {
    const spec = circlePlanesSpec([ring(3, 2)]) as { x: { domain: number[] }; y: { domain: number[] } };
    expect(spec.x.domain).toEqual(spec.y.domain);
    expect(spec.x.domain[0]).toBe(-spec.x.domain[1]!);
  });

  it('circle planes: each token is named once, by a label or else by a tooltip', () => {
    const count = (svg: string, re: RegExp) => (svg.match(re) ?? []).length;
    const labelled = renderToString(circlePlanesSpec([ring(3)]));
    const bare = renderToString(circlePlanesSpec([ring(3)], { labels: false }));
    expect(count(labelled, /<title>token \d+<\/title>/g)).toBe(0);
    expect(count(labelled, /<text[^>]*>\d+<\/text>/g)).toBeGreaterThanOrEqual(59);
    expect(count(bare, /<title>token \d+<\/title>/g)).toBe(59);
    const sparse = renderToString(circlePlanesSpec([ring(3)], { labelEvery: 5 }));
    expect(count(sparse, /<text[^>]*>\d+<\/text>/g) - count(labelled, /<text[^>]*>\d+<\/text>/g)).toBe(12 - 59);
  });

  it('accessible description reaches the SVG', () => {
    expect(renderToString(spectrumSpec({ p, signals: series.signals[0]!, threshold: 1, circles: [] }, { description: 'bars of signal' }))).toContain(
      'aria-description="bars of signal"',
    );
  });
});
