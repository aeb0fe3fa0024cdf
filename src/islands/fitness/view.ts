/**
 * The fitness widget's sentences, shared by the build-time render and the live element, so the
 * page reads the same before and after hydration.
 */
import type { FitnessState } from '../../lib/state/fitness';
import { planRuns } from '../../lib/state/fitness';
import type { FitnessPayload } from '../../figures/data/fitness';
import type { ConditionTally, RunOutcome } from './outcome';
import { ftx } from './i18n';
import type { Lang } from '../../i18n/languages';
import { formatDuration, formatInt, formatList, joinSentences } from '../../i18n/format';

const pct = (x: number) => `${Math.round(100 * x)}%`;

export function planText(lang: Lang, s: FitnessState, msPerStep: number | null): string {
  const runs = planRuns(s);
  const control = s.control && s.alpha !== 1 ? ftx(lang, 'fit.planControl') : '';
  const vars = { runs: runs.length, steps: formatInt(lang, s.steps), last: s.seeds - 1, embedding: s.embedding, control };
  if (msPerStep === null) return ftx(lang, 'fit.planUnknown', vars);
  return ftx(lang, 'fit.plan', { ...vars, minutes: formatDuration(lang, (runs.length * s.steps * msPerStep) / 1000) });
}

export function tallyText(lang: Lang, k: number, t: ConditionTally): string {
  return ftx(lang, t.control ? 'fit.tallyControl' : 'fit.tally', { k, s: t.survived, n: t.runs, alpha: t.alpha });
}

export function referenceText(lang: Lang, ref: FitnessPayload['perturbation']): string {
  if (!ref.points.length || ref.embedding === null || ref.steps === null) return ftx(lang, 'fit.referenceNone');
  const n = Math.max(...ref.points.map((q) => q.n));
  const list = formatList(
    lang,
    ref.points.map((q) => `α = ${q.alpha}: ${pct(q.rate)}`),
  );
  return ftx(lang, 'fit.reference', { k: ref.k, embedding: ref.embedding, steps: formatInt(lang, ref.steps), n, list });
}

/** "Settled by step N in m of n runs" for the step count the reader chose (null without runs). */
export function settledText(lang: Lang, settled: FitnessPayload['settled'], steps: number): string | null {
  if (!settled.steps.length || settled.runLength === null) return null;
  const m = settled.steps.filter((s) => s !== null && s <= steps).length;
  return ftx(lang, 'fit.settled', { steps: formatInt(lang, steps), m, n: settled.steps.length, length: formatInt(lang, settled.runLength) });
}

/** Why the experiment stopped: a diverged run (with its step) or any other error. */
export function failureText(lang: Lang, i: number, e: Error & { step?: number }): string {
  return e.name === 'DivergedError'
    ? ftx(lang, 'fit.diverged', { i: i + 1, step: e.step ?? '?', message: e.message })
    : ftx(lang, 'fit.error', { message: e.message });
}

const sig = (x: number) => x.toFixed(1);

/**
 * What a finished run says, in words that claim no more than it shows: with no circle at all yet
 * (usual for a run of a few hundred steps) it is too early to call k's fate, so the sentence gives
 * k's signal instead; once the run's twin has finished too, the pair's S_k side by side.
 */
export function verdictText(lang: Lang, o: RunOutcome, i: number, n: number, done: readonly RunOutcome[]): string {
  const steps = formatInt(lang, o.steps);
  const s0 = o.frequencies.find((f) => f.k === o.k)?.s0 ?? Number.NaN;
  const own = o.circles.length
    ? ftx(lang, 'fit.runDone', { i: i + 1, n, steps, k: o.k, fate: ftx(lang, o.survived ? 'fit.survived' : 'fit.died') })
    : ftx(lang, 'fit.runDoneEarly', { i: i + 1, n, steps, k: o.k, s0: sig(s0), s1: sig(o.kSignal) });
  const other = done.find((d) => d.seed === o.seed && d.control !== o.control);
  if (!other) return own;
  const [nudged, twin] = o.control ? [other, o] : [o, other];
  return joinSentences(lang, own, ftx(lang, 'fit.pair', { seed: o.seed, steps, k: o.k, nudged: sig(nudged.kSignal), twin: sig(twin.kSignal) }));
}
