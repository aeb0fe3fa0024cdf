/**
 * The reproduction page's rows: each claim of the paper (as paper.md marks it: [abs] or [code],
 * or plain arithmetic from the setup) beside what our engine measured, how many runs back it,
 * the figure that shows it, and a plain verdict. Sentences are ours; numbers are our engine's.
 */
import type { Measured, NoDecay } from '../analyses/claims';
import type { Interval, Verdict } from '../analyses/intervals';
import { dec2, int, list, minus, num, pct, sci, tallyVars } from './common';
import { formatList } from '../../i18n/format';
import { SETTLED_TARGET } from '../analyses/claim-stats';
import { PERTURB_K } from '../../reference/manifest';
import { reproductionStrings as rs } from './strings/reproduction';
import type { Lang } from '../../i18n/languages';

/**
 * A row's verdict. Directional claims: "same-direction" only when the 95 % interval of the effect
 * excludes no effect, "contradicts" when it excludes the paper's direction, "inconclusive"
 * otherwise (claim-stats.ts). "matches": an equality whose interval lies within its tolerance.
 */
export type Status = Verdict | 'matches' | 'differs' | 'missing' | 'elsewhere' | 'measured' | 'meets-target' | 'below-target';

/** A check of ours against a target (not a claim of the paper): its verdict as a status. */
const targetStatus = (v: Verdict): Status => (v === 'same-direction' ? 'meets-target' : v === 'contradicts' ? 'below-target' : 'inconclusive');

export interface ClaimRow {
  id: string;
  claim: string;
  source: string;
  ours: string;
  /** Distinct runs behind the row (each counted once). */
  runs: number | null;
  /** The effect and its 95 % interval, as printed ("0.25 [−0.12, 0.59]"); one per statistic. */
  effects: string[];
  figure: string | null;
  status: Status;
}

/** "1 run" / "8 runs" inside a sentence. */
const runsText = (lang: Lang, n: number) => (n === 1 ? rs(lang, 'runs.one') : rs(lang, 'runs.many', { n: int(n) }));

export function statusLabel(lang: Lang, s: Status, runs: number | null = null): string {
  const label = rs(lang, `status.${s}`, { target: pct(SETTLED_TARGET) });
  // The verdicts that rest on runs say on how many.
  if (runs === null || s === 'missing' || s === 'elsewhere' || s === 'differs') return label;
  const one = runs === 1 ? 'one' : 'many';
  return rs(lang, s === 'measured' ? `status.measuredWithRuns.${one}` : `status.withRuns.${one}`, { label, n: int(runs) });
}

/** "0.25 [−0.12, 0.59]": the estimate and its 95 % interval, with a format for the scale. */
export function effectText(iv: Interval, f: (x: number) => string = dec2): string {
  if (!Number.isFinite(iv.estimate)) return '—';
  return Number.isFinite(iv.lo) ? `${f(iv.estimate)} [${f(iv.lo)}, ${f(iv.hi)}]` : `${f(iv.estimate)} [—]`;
}

const methodName = (lang: Lang, iv: Interval): string =>
  rs(
    lang,
    iv.method === 'wilson'
      ? 'method.wilson'
      : iv.method === 'newcombe'
        ? 'method.newcombe'
        : iv.resampled === 'points'
          ? 'method.points'
          : iv.resampled === 'twin-groups'
            ? 'method.twinGroups'
            : 'method.runs',
  );

/** "(95 % CI a to b; method)" after an effect in a sentence. */
const ci = (lang: Lang, iv: Interval, f: (x: number) => string = dec2): string =>
  Number.isFinite(iv.lo) ? rs(lang, 'ci', { lo: f(iv.lo), hi: f(iv.hi), method: methodName(lang, iv) }) : rs(lang, 'ci.none');

const signed = (x: number, digits = 2) => (x > 0 ? '+' : '') + num(x, digits);
const points = (x: number) => `${signed(Math.round(x * 100), 3)}`;

const EXPECTED_S0 = Math.sqrt(59 * 128);

/** " (n of m planned runs)" when a sweep is only partly computed. */
const partly = (lang: Lang, runs: number, planned: number) => (runs < planned ? rs(lang, 'partly', { done: runs, planned }) : '');

/**
 * "no circle in 4 of 4 runs, …, final test accuracy 2–4 %": the weight-decay runs without any
 * decay, which the sweep's correlation leaves out because they are another regime.
 */
export function noDecayText(lang: Lang, n: NoDecay): string {
  if (!n.runs) return rs(lang, 'noDecay.none');
  const none = n.circles.filter((c) => c === 0).length;
  const span = ([a, b]: [number, number]) => (pct(a) === pct(b) ? pct(a) : `${pct(a)}–${pct(b)}`);
  return rs(lang, 'noDecay.summary', { none, n: n.runs, circles: formatList(lang, n.circles), train: span(n.trainAcc), test: span(n.testAcc) });
}

/**
 * One row for a sweep of a setting the paper does not report on (weight decay, the modulus): how many
 * runs exist, and the correlation of the setting with each run's circle count. `sentences` names the
 * row's claim and measurement in the dictionary; `extra` fills whatever else its measurement says.
 */
function sweepRow(
  lang: Lang,
  o: {
    id: string;
    figure: string;
    sentences: 'weightDecay' | 'modulus';
    sweep: { runs: number; planned: number };
    corr: Interval;
    extra?: Readonly<Record<string, string>>;
  },
): ClaimRow {
  const { runs, planned } = o.sweep;
  const r = `r = ${dec2(o.corr.estimate)}`;
  return {
    id: o.id,
    claim: rs(lang, `${o.sentences}.claim`),
    source: '[code]',
    ours: runs ? minus(rs(lang, `${o.sentences}.ours`, { ...o.extra, done: runs, planned, r, ci: ci(lang, o.corr) })) : rs(lang, 'notComputed'),
    runs,
    effects: runs ? [`r = ${effectText(o.corr)}`] : [],
    figure: o.figure,
    status: runs ? 'measured' : 'missing',
  };
}

/** The horizon check: are the designs' runs long enough for their survivor sets to be final? */
function horizonRow(lang: Lang, m: Measured): ClaimRow {
  const hz = m.horizon;
  const st = m.stats.horizon;
  // What the perturbation figure counts (k = 25 in or out), read on the same runs.
  const fate = m.stats.horizonFate;
  const steps = { design: int(hz.designSteps), horizon: int(hz.steps) };
  return {
    id: 'check-horizon',
    claim: rs(lang, 'horizon.claim', { ...steps, target: pct(SETTLED_TARGET) }),
    source: rs(lang, 'horizon.source', steps),
    ours: st.runs
      ? rs(lang, 'horizon.ours', {
          ...steps,
          runs: runsText(lang, st.runs),
          same: st.same,
          share: pct(st.effect.estimate),
          ci: ci(lang, st.effect, pct),
          // The checkpoints between the designs' steps and the horizon (at the horizon every run is final).
          later: hz.sameAt
            .filter((c) => c.step > hz.designSteps && c.step < hz.steps)
            .map((c) => rs(lang, 'horizon.later', { step: int(c.step), same: c.same, of: c.of }))
            .join(rs(lang, 'horizon.sep')),
          late:
            hz.lastChange !== null
              ? rs(lang, 'horizon.late', {
                  ...steps,
                  lost: hz.lost,
                  gained: hz.gained,
                  last: int(hz.lastChange),
                  missed: hz.ruleMissed,
                  changed: hz.changedAfterDesign,
                })
              : '',
          fate: rs(lang, 'horizon.fate', {
            ...steps,
            k: PERTURB_K,
            same: fate.same,
            runs: fate.runs,
            share: pct(fate.effect.estimate),
            ci: ci(lang, fate.effect, pct),
          }),
        })
      : rs(lang, 'horizon.missing', steps),
    runs: st.runs,
    effects: st.runs ? [effectText(st.effect, pct)] : [],
    figure: 'fig-horizon',
    status: st.runs ? targetStatus(st.verdict) : 'missing',
  };
}

export function claimRows(lang: Lang, m: Measured): { headline: ClaimRow[]; checks: ClaimRow[] } {
  const h = m.hero;
  const st = m.stats;
  const dims = m.dimension.points;
  const dimText = dims.map((p) => `d = ${p.d}: ${num(p.mean, 2)} (${p.n})`).join('; ');
  // Where ours is less clean than the claim: widths at which the mean fell below the narrower one's.
  const falls = dims.slice(1).flatMap((b, i) => (b.mean < dims[i]!.mean ? [{ a: dims[i]!, b }] : []));
  const dimFalls = falls.map(({ a, b }) => `d = ${a.d} → ${b.d} (${num(a.mean, 3)} → ${num(b.mean, 3)})`);
  const fallsWithinSpread = falls.every(({ a, b }) => a.mean - b.mean < Math.min(a.sd, b.sd));
  const settledBy = m.dimension.settled;
  const g = m.gradient;
  const c = m.collaboration;
  const few = st.fewSurvive;
  const pe = st.perturbation;
  const co = st.construction;
  const sc = (x: number) => sci(x);

  const headline: ClaimRow[] = [
    {
      id: 'claim-few-survive',
      claim: rs(lang, 'few.claim'),
      source: '[abs]',
      ours:
        few.runs && m.circlesD128 && m.initialSignal
          ? rs(lang, 'few.ours', {
              min: num(m.initialSignal.min),
              max: num(m.initialSignal.max),
              runs: runsText(lang, few.runs),
              share: pct(few.effect.estimate),
              ci: ci(lang, few.effect, pct),
              counts: formatList(lang, m.circlesD128.counts),
              hero: h ? rs(lang, 'few.hero', { n: h.circles.length, ks: list(h.circles) }) : '',
            })
          : rs(lang, 'few.missing'),
      runs: few.runs,
      effects: few.runs ? [effectText(few.effect, pct)] : [],
      figure: 'fig-spectrum',
      status: few.runs ? few.verdict : 'missing',
    },
    {
      id: 'claim-fittest',
      claim: rs(lang, 'fittest.claim'),
      source: '[abs]',
      ours: rs(lang, 'fittest.ours', {
        signal: st.signal.runs
          ? rs(lang, 'fittest.signal', {
              runs: runsText(lang, st.signal.runs),
              partly: partly(lang, m.empirical.runs, m.empirical.planned),
              points: st.signal.points,
              r: dec2(st.signal.effect.estimate),
              ci: ci(lang, st.signal.effect),
            })
          : rs(lang, 'fittest.signalMissing'),
        gradient: st.gradient.runs
          ? rs(lang, 'fittest.gradient', {
              runs: runsText(lang, st.gradient.runs),
              diff: sc(st.gradient.effect.estimate),
              ci: ci(lang, st.gradient.effect, sc),
            })
          : rs(lang, 'fittest.gradientMissing'),
        both: rs(lang, 'fittest.both', { distinct: st.fittest.runs }),
      }),
      runs: st.fittest.runs,
      effects: [st.signal.runs ? `r = ${effectText(st.signal.effect)}` : '', st.gradient.runs ? `Δg⁽⁴⁾ = ${effectText(st.gradient.effect, sc)}` : ''].filter(
        Boolean,
      ),
      figure: 'fig-gradient-scatter',
      status: !st.signal.runs && !st.gradient.runs ? 'missing' : st.fittest.verdict,
    },
    {
      id: 'claim-dimension',
      claim: rs(lang, 'dimension.claim'),
      source: '[abs]',
      ours: dims.length
        ? rs(lang, dimFalls.length ? 'dimension.oursFalls' : 'dimension.ours', {
            means: rs(lang, 'dimension.means', { means: dimText }),
            falls: dimFalls.length ? rs(lang, fallsWithinSpread ? 'dimension.fallsSmall' : 'dimension.falls', { falls: formatList(lang, dimFalls) }) : '',
            correlation: rs(lang, 'dimension.correlation', {
              r: dec2(st.dimension.effect.estimate),
              ci: ci(lang, st.dimension.effect),
              partly: partly(lang, m.dimension.runs, m.dimension.planned),
            }),
            settled: rs(lang, 'dimension.settled', { settled: settledBy.settled, total: settledBy.total, by: int(settledBy.by) }),
          })
        : rs(lang, 'dimension.missing'),
      runs: m.dimension.runs,
      effects: dims.length ? [`r = ${effectText(st.dimension.effect)}`] : [],
      figure: 'fig-circles-vs-dim',
      status: !dims.length ? 'missing' : st.dimension.verdict,
    },
    {
      id: 'claim-linear-ode',
      claim: rs(lang, 'ode.claim'),
      source: '[abs]',
      ours: rs(lang, 'ode.ours'),
      runs: null,
      effects: [],
      figure: 'fig-ode-fit',
      status: 'elsewhere',
    },
  ];

  const init = st.initialSignal;
  const relPct = (x: number) => `${signed(x * 100)} %`;
  const checks: ClaimRow[] = [
    {
      id: 'check-initial-signal',
      claim: rs(lang, 'initialSignal.claim', { expected: num(EXPECTED_S0) }),
      source: rs(lang, 'initialSignal.source'),
      ours: m.initialSignal
        ? rs(lang, 'initialSignal.ours', {
            mean: num(m.initialSignal.mean),
            sd: num(m.initialSignal.sd, 2),
            min: num(m.initialSignal.min),
            max: num(m.initialSignal.max),
            runs: runsText(lang, m.initialSignal.runs),
            relative: relPct(init.effect.estimate),
            ci: ci(lang, init.effect, relPct),
            tolerance: init.tolerance * 100,
          })
        : '—',
      runs: init.runs,
      effects: init.runs ? [effectText(init.effect, relPct)] : [],
      figure: 'fig-spectrum',
      status: !m.initialSignal ? 'missing' : init.verdict,
    },
    {
      id: 'check-settle',
      claim: rs(lang, 'settle.claim'),
      source: rs(lang, 'settle.source'),
      ours: st.settled.runs
        ? rs(lang, 'settle.ours', {
            settled: st.settled.settled,
            runs: runsText(lang, st.settled.runs),
            share: pct(st.settled.effect.estimate),
            ci: ci(lang, st.settled.effect, pct),
            hero: h?.settled != null ? rs(lang, 'settle.hero', { step: int(h.settled) }) : '',
          }) + rs(lang, 'settle.horizon')
        : '—',
      runs: st.settled.runs,
      effects: st.settled.runs ? [effectText(st.settled.effect, pct)] : [],
      figure: 'fig-signal-evolution',
      status: st.settled.runs ? st.settled.verdict : 'missing',
    },
    horizonRow(lang, m),
    {
      id: 'check-speed',
      claim: rs(lang, 'speed.claim'),
      source: '—',
      ours: h
        ? rs(lang, 'speed.ours', {
            train: h.trainAcc1 ?? '—',
            test: h.testAcc99 ?? '—',
            loss: h.testLossAt5k === null ? '—' : sci(h.testLossAt5k),
            sweeps:
              st.testAcc99.n > 1
                ? rs(lang, 'speed.sweeps', { runs: runsText(lang, st.testAcc99.n), step: int(st.testAcc99.estimate), ci: ci(lang, st.testAcc99, int) })
                : '',
          })
        : '—',
      runs: st.testAcc99.n || (h ? 1 : 0),
      effects: st.testAcc99.n > 1 ? [effectText(st.testAcc99, int)] : [],
      figure: 'fig-signal-evolution',
      status: h ? 'measured' : 'missing',
    },
    {
      id: 'check-geometry',
      claim: rs(lang, 'geometry.claim'),
      source: rs(lang, 'geometry.source'),
      ours: m.geometry
        ? rs(lang, 'geometry.ours', { ratio: pct(m.geometry.ratio), cosReIm: num(m.geometry.cosReIm, 2), cosPlanes: num(m.geometry.cosPlanes, 2) })
        : '—',
      runs: m.geometry ? 1 : 0,
      effects: [],
      figure: 'fig-circle-planes',
      status: m.geometry ? 'inconclusive' : 'missing',
    },
    {
      id: 'check-precision',
      claim: rs(lang, 'precision.claim'),
      source: '[code]',
      ours: rs(lang, 'precision.ours'),
      runs: null,
      effects: [],
      figure: null,
      status: 'differs',
    },
    {
      id: 'check-gradient',
      claim: rs(lang, 'gradient.claim'),
      source: '[abs], [code]',
      ours: g
        ? rs(lang, 'gradient.ours', {
            min: sci(g.min),
            max: sci(g.max),
            survivors: sci(g.survivors),
            nSurvivors: g.nSurvivors,
            dead: sci(g.dead),
            nDead: g.nDead,
            runs: runsText(lang, st.gradient.runs),
            diff: sc(st.gradient.effect.estimate),
            ci: ci(lang, st.gradient.effect, sc),
          })
        : rs(lang, 'notComputed'),
      runs: st.gradient.runs,
      effects: st.gradient.runs ? [effectText(st.gradient.effect, sc)] : [],
      figure: 'fig-gradient-hist',
      status: !g ? 'missing' : st.gradient.verdict,
    },
    {
      id: 'check-perturbation',
      claim: rs(lang, 'perturbation.claim'),
      source: '[abs], [code]',
      ours: pe.runs
        ? rs(lang, 'perturbation.ours', {
            embeddings: m.perturbation.embeddings,
            partly: partly(lang, m.perturbation.runs, m.perturbation.planned),
            ...tallyVars(pe),
            rates: formatList(
              lang,
              m.perturbation.rates.map((r) => rs(lang, 'perturbation.rate', { alpha: r.alpha, rate: pct(r.rate) })),
            ),
            pairs: pe.pairs,
            effect: points(pe.effect.estimate),
            ci: ci(lang, pe.effect, points),
          })
        : rs(lang, 'perturbation.missing'),
      runs: pe.runs,
      effects: pe.runs ? [effectText(pe.effect, points)] : [],
      figure: 'fig-perturbation',
      status: !pe.runs ? 'missing' : pe.verdict,
    },
    {
      id: 'check-collaboration',
      claim: rs(lang, 'collaboration.claim'),
      source: '[code]',
      ours: st.collaboration.runs
        ? rs(lang, 'collaboration.ours', {
            runs: runsText(lang, st.collaboration.runs),
            orders: dec2(st.collaboration.effect.estimate),
            ci: ci(lang, st.collaboration.effect),
            main: c ? rs(lang, 'collaboration.main', { one: num(c.one), two: num(c.two), three: sci(c.three), all: sci(c.all) }) : '',
          })
        : rs(lang, 'notComputed'),
      runs: st.collaboration.runs,
      effects: st.collaboration.runs ? [effectText(st.collaboration.effect)] : [],
      figure: 'fig-collaboration',
      status: st.collaboration.runs ? st.collaboration.verdict : 'missing',
    },
    sweepRow(lang, {
      id: 'check-weight-decay',
      figure: 'fig-circles-vs-wd',
      sentences: 'weightDecay',
      sweep: m.weightDecay,
      corr: st.weightDecay,
      extra: { noDecay: noDecayText(lang, m.weightDecay.noDecay) },
    }),
    sweepRow(lang, {
      id: 'check-modulus',
      figure: 'fig-circles-vs-p',
      sentences: 'modulus',
      sweep: m.modulus,
      corr: st.modulus,
    }),
    {
      id: 'check-frozen',
      claim: rs(lang, 'frozen.claim'),
      source: '[code]',
      ours: m.frozenRuns.runs
        ? rs(lang, 'frozen.ours', {
            done: m.frozenRuns.runs,
            planned: m.frozenRuns.planned,
            r: dec2(st.frozenAccuracy.estimate),
            ci: ci(lang, st.frozenAccuracy),
          })
        : rs(lang, 'notComputed'),
      runs: m.frozenRuns.runs,
      effects: m.frozenRuns.runs ? [`r = ${effectText(st.frozenAccuracy)}`] : [],
      figure: 'fig-frozen-embedding',
      status: !m.frozenRuns.runs ? 'missing' : 'measured',
    },
    {
      id: 'check-construction',
      claim: rs(lang, 'construction.claim'),
      source: '[code] (design)',
      ours: co.runs
        ? rs(lang, 'construction.ours', {
            runs: runsText(lang, co.runs),
            partly: partly(lang, m.constructionRuns.runs, m.constructionRuns.planned),
            points: num(Math.round(co.effect.estimate * 100), 3),
            ci: ci(lang, co.effect, points),
            equal: m.constructionRuns.runs - co.runs,
          })
        : rs(lang, 'notComputed'),
      runs: co.runs,
      effects: co.runs ? [effectText(co.effect, points)] : [],
      figure: 'fig-construction',
      status: !co.runs ? 'missing' : co.verdict,
    },
  ];
  // Every printed number with a true minus sign, whichever builder wrote the sentence.
  const typeset = (r: ClaimRow): ClaimRow => ({ ...r, ours: minus(r.ours), effects: r.effects.map(minus) });
  return { headline: headline.map(typeset), checks: checks.map(typeset) };
}
