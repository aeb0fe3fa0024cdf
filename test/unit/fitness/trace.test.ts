// S_k over the steps of the reader's runs: what the live "nudged run against its twin" plot is
// drawn from, the default plan's length, and the spec before and during training.
import { describe, expect, it } from 'vitest';
import { matchingReference, TraceSet, TRACE_MAX_POINTS } from '../../../src/islands/fitness/trace';
import { fitnessTraceSpec } from '../../../src/figures/specs/fitness';
import { renderToString } from '../../../src/figures/render';
import { defaults } from '../../../src/lib/state/schema';
import { fitnessSchema, planRuns } from '../../../src/lib/state/fitness';
import { runOutcome } from '../../../src/islands/fitness/outcome';
import { verdictText } from '../../../src/islands/fitness/view';

const spectrum = (k: number, v: number, p = 59) => {
  const s = new Float64Array(p).fill(1);
  s[k] = v;
  s[p - k] = v;
  return s;
};

describe('S_k traces of the reader’s runs', () => {
  it('keeps S_k of every row of the run in progress, one series per run, the nudged run first', () => {
    const t = new TraceSet(25);
    const [nudged, twin] = planRuns({ ...defaults(fitnessSchema), seeds: 1 });
    t.begin(nudged!);
    for (let step = 0; step <= 10; step++) t.add(step, spectrum(25, 90 + step));
    expect(t.series).toHaveLength(1);
    expect(t.series[0]!.control).toBe(false);
    expect(t.series[0]!.points.map((q) => q.s)).toEqual([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100]);
    expect(t.series[0]!.finished).toBe(false);
    t.finish();
    t.begin(twin!);
    t.add(0, spectrum(25, 88));
    t.add(0, spectrum(25, 77)); // a repeated step is ignored
    t.add(1, spectrum(3, 500)); // only k's signal is kept
    expect(t.series.map((r) => r.control)).toEqual([false, true]);
    expect(t.series[1]!.points).toEqual([
      { step: 0, s: 88 },
      { step: 1, s: 1 },
    ]);
    expect(t.size).toBe(13);
    // A cancelled run is dropped; a finished one stays.
    t.dropUnfinished();
    expect(t.series).toHaveLength(1);
    t.dropUnfinished();
    expect(t.series).toHaveLength(1);
  });

  it('thins long runs to a bounded number of points and keeps the latest row as the tip', () => {
    const t = new TraceSet(7);
    t.begin({ seed: 0, alpha: 1.5, control: false });
    for (let step = 0; step <= 3000; step++) t.add(step, spectrum(7, step));
    const pts = t.series[0]!.points;
    expect(pts.length).toBeLessThanOrEqual(TRACE_MAX_POINTS);
    expect(pts.length).toBeGreaterThan(TRACE_MAX_POINTS / 4);
    expect(pts[0]).toEqual({ step: 0, s: 0 });
    expect(pts[pts.length - 1]).toEqual({ step: 3000, s: 3000 });
    const steps = pts.map((q) => q.step);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });

  it('matches reference runs only when they are the reader’s experiment', () => {
    const ref = { k: 25, embedding: 200 };
    const pts = [
      { alpha: 1.15, seed: 0, step: 0, s: 90 },
      { alpha: 0.85, seed: 0, step: 0, s: 70 },
    ];
    expect(matchingReference(ref, pts, { k: 25, embedding: 200, alpha: 1.15 })).toEqual([pts[0]]);
    expect(matchingReference(ref, pts, { k: 24, embedding: 200, alpha: 1.15 })).toEqual([]);
    expect(matchingReference(ref, pts, { k: 25, embedding: 1, alpha: 1.15 })).toEqual([]);
    expect(matchingReference({ k: 25, embedding: null }, pts, { k: 25, embedding: 200, alpha: 1.15 })).toEqual([]);
  });
});

describe('the S_k-over-steps figure', () => {
  it('before any run: the reference lines of the same setting and a sentence saying what will appear', () => {
    const reference = [0, 50, 100].map((step) => ({ alpha: 1.15, seed: 0, step, s: 90 + step / 10 }));
    const svg = renderToString(fitnessTraceSpec({ reference, reader: [], k: 25, steps: 150 }, { description: 'd' }));
    expect(svg).toContain('Press Train');
    expect(svg).toContain('reference runs');
    expect(svg).not.toContain('seed 0');
  });

  it('while training: the nudged run and its twin in their own colours, labelled at their tips', () => {
    const reader = [
      {
        seed: 0,
        alpha: 1.15,
        control: false,
        points: [
          { step: 0, s: 95 },
          { step: 40, s: 120 },
        ],
      },
      {
        seed: 0,
        alpha: 1,
        control: true,
        points: [
          { step: 0, s: 83 },
          { step: 10, s: 84 },
        ],
      },
    ];
    const svg = renderToString(fitnessTraceSpec({ reference: [], reader, k: 25, steps: 150 }, { lang: 'en' }));
    expect(svg).not.toContain('Press Train');
    expect(svg).toContain('your nudged run');
    expect(svg).toContain('its untouched twin');
    expect(svg).toContain('#ff725c');
    expect(svg).toContain('#4269d0');
    expect((svg.match(/seed 0/g) ?? []).length).toBe(2);
    const ja = renderToString(fitnessTraceSpec({ reference: [], reader, k: 25, steps: 150 }, { lang: 'ja' }));
    expect(ja).toContain('後押しした実行');
  });
});

describe('the default plan', () => {
  it('is short: a few thousand steps in all, its first run a few hundred, so the first verdict comes in seconds', () => {
    const s = defaults(fitnessSchema);
    expect(s.steps).toBeLessThanOrEqual(200);
    expect(planRuns(s).length * s.steps).toBeLessThanOrEqual(1000);
  });
});

describe('a finished run in words', () => {
  const first = Array.from({ length: 5 }, () => spectrum(25, 95));
  const run = (control: boolean, last: Float64Array) => runOutcome({ seed: 0, alpha: control ? 1 : 1.15, control }, 25, 150, first, last);

  it('calls it too early, with k’s signal, when no frequency is a circle yet', () => {
    const flat = new Float64Array(59).fill(50);
    flat[25] = flat[34] = 60;
    const nudged = run(false, flat);
    expect(nudged.circles).toEqual([]);
    const text = verdictText('en', nudged, 0, 4, [nudged]);
    expect(text).toBe(
      'Run 1 of 4 finished: at step 150 no frequency is a circle yet, so it is too early to say whether k = 25 survives; its signal S went from 95.0 to 60.0.',
    );
    expect(text).not.toMatch(/did not survive|died/);
  });

  it('names k’s fate once there are circles, and sets the pair side by side when the twin is done', () => {
    const nudged = run(false, spectrum(25, 900));
    const twinLast = spectrum(3, 800);
    twinLast[25] = twinLast[34] = 40;
    const twin = run(true, twinLast);
    expect(verdictText('en', nudged, 0, 2, [nudged])).toBe('Run 1 of 2 finished: at step 150, k = 25 is one of the circles.');
    expect(verdictText('en', twin, 1, 2, [nudged, twin])).toBe(
      'Run 2 of 2 finished: at step 150, k = 25 is not a circle. Seed 0 at step 150: S of k = 25 is 900.0 in the nudged run and 40.0 in its twin.',
    );
    expect(verdictText('ja', twin, 1, 2, [nudged, twin])).toContain('後押しした実行で 900.0、対照で 40.0');
  });
});
