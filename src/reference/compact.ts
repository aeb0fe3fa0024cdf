/** RunFile → CompactRun: keep the half spectrum, round to what a figure can show. */
import type { RunFile } from '../lib/run';
import type { CompactRun, RunSpec } from './spec';
import { halfSpectrumLength } from '../lib/fourier';

/** Significant digits kept for series and parameters. */
export const SERIES_DIGITS = 6;
export const EMBEDDING_DIGITS = 5;

const round = (x: number, digits: number) => (Number.isFinite(x) ? Number(x.toPrecision(digits)) : x);

export function compactRun(spec: RunSpec, key: string, run: RunFile): CompactRun {
  const half = halfSpectrumLength(run.config.p);
  const r = (x: number) => round(x, SERIES_DIGITS);
  const out: CompactRun = {
    id: spec.id,
    key,
    experiment: spec.experiment,
    config: run.config,
    engine: run.engine,
    ...(spec.labels ? { labels: spec.labels } : {}),
    steps: run.steps,
    trainLoss: run.trainLoss.map(r),
    testLoss: run.testLoss.map(r),
    trainAcc: run.trainAcc.map(r),
    testAcc: run.testAcc.map(r),
    signals: run.signals.map((row) => row.slice(0, half).map(r)),
    circles: run.circles,
  };
  if (spec.snapshots) {
    out.snapshots = run.snapshots.map((s) => ({ step: s.step, embedding: s.embedding.map((row) => row.map((x) => round(x, EMBEDDING_DIGITS))) }));
  }
  if (spec.keepParams) {
    out.finalParameters = Object.fromEntries(
      Object.entries(run.finalParameters).map(([k, v]) => [
        k,
        (v as (number | number[])[]).map((x) => (Array.isArray(x) ? x.map((y) => round(y, SERIES_DIGITS)) : round(x, SERIES_DIGITS))),
      ]),
    ) as CompactRun['finalParameters'];
    out.trainIndices = run.trainIndices;
  }
  if (run.diverged) out.diverged = run.diverged;
  return out;
}
