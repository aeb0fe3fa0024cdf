/**
 * Figures of the hero run (p = 59, d = 128, seed 0, 5,000 steps): signal evolution (compact and
 * full), spectra at chosen steps, the final circle planes and their evolution.
 */
import { ft } from '../i18n';
import { renderToString } from '../render';
import { loadById } from '../analyses/load';
import { circlesAtRow, settledStep, signalSeries, spectrumAt } from '../analyses/series';
import { evolutionPlanes, planesOf } from '../analyses/planes';
import { logThin } from '../specs/common';
import { signalEvolutionSpec } from '../specs/signal-evolution';
import { spectrumSpec } from '../specs/spectrum';
import { circlePlanesSpec } from '../specs/circle-planes';
import type { Table } from '../analyses/csv';
import type { CompactRun } from '../../reference/spec';
import type { BuiltFigure } from './types';
import { L, int, list, notComputed } from './common';
import { measure } from '../analyses/claims';
import { heroPlaceText } from './quote';
import { circleCount, circleFrequencies } from '../../lib/fourier';
import type { Lang } from '../../i18n/languages';

export const HERO_ID = 'hero/d128-s0';

function heroOr(lang: Lang, what: string): CompactRun | BuiltFigure {
  const run = loadById(HERO_ID);
  return run ?? notComputed(lang, what, 1);
}
const isFigure = (x: CompactRun | BuiltFigure): x is BuiltFigure => 'svg' in x;

function signalTable(run: CompactRun): Table {
  const half = circleFrequencies(run.config.p);
  return {
    columns: ['step', ...half.map((k) => `S_${k}`)],
    rows: logThin(run.steps, 160).map((i) => [run.steps[i]!, ...half.map((k) => run.signals[i]![k]!)]),
  };
}

function settings(lang: Lang, run: CompactRun): string {
  const c = run.config;
  return L(lang, `p = ${c.p}, d = ${c.d}, seed ${c.seed}, ${int(c.steps)} steps`, `p = ${c.p}、d = ${c.d}、シード ${c.seed}、${int(c.steps)} ステップ`);
}

export async function heroFigure(lang: Lang, compact = true): Promise<BuiltFigure> {
  const run = heroOr(lang, L(lang, 'The hero run has not been computed yet.', '代表的な実行はまだ計算されていません。'));
  if (isFigure(run)) return run;
  const n = run.circles.length;
  const settled = settledStep(run);
  // The full figure says whether this run's count of circles is typical of the seeds at its width
  // (the compact one, on the home page and the word-limited summary, leaves it to the chapters).
  const place = (await measure()).heroPlace;
  const description = L(
    lang,
    `Line chart of the signal of each of the ${circleCount(run.config.p)} circle frequencies against training step on a log axis. All start near the same value; ${n} (k = ${list(run.circles)}) rise and stay high, the others fall.`,
    `${circleCount(run.config.p)} 個の円周波数それぞれのシグナルを、対数軸の学習ステップに対して描いた折れ線グラフです。どれもほぼ同じ値から始まり、${n} 個（k = ${list(run.circles)}）が伸びて高いまま残り、残りは下がっていきます。`,
  );
  const caption = compact
    ? L(
        lang,
        `One run of the paper's model (${settings(lang, run)}) by our engine; ${n} survive; τ = 2 × mean signal.`,
        `私たちのエンジンによる 1 回の学習（${settings(lang, run)}）。生き残りは ${n} 個、τ = 平均シグナルの 2 倍です。`,
      )
    : L(
        lang,
        `Signal Sₖ of every circle frequency during one run (${settings(lang, run)}), measured by our engine. Coloured: the ${n} frequencies above τ = 2 × mean signal at the last step (k = ${list(run.circles)}); grey: the rest. The set of survivors stops changing at step ${settled === null ? '—' : int(settled)}. ${heroPlaceText(lang, place)}`,
        `1 回の実行（${settings(lang, run)}）での各円周波数のシグナル Sₖ を、私たちのエンジンで測ったものです。色付きは最終ステップで τ = 平均シグナルの 2 倍を上回った ${n} 個の周波数（k = ${list(run.circles)}）、灰色はそれ以外です。生き残る周波数の組はステップ ${settled === null ? '—' : int(settled)} 以降変わりません。${heroPlaceText(lang, place)}`,
      );
  // The compact figure's caption names the survival threshold, so it draws it.
  const spec = signalEvolutionSpec(signalSeries(run), {
    lang,
    description,
    legend: !compact,
    threshold: compact,
    width: compact ? 640 : 680,
    height: compact ? 300 : 380,
  });
  return { svg: renderToString(spec), caption, description, runs: 1, table: signalTable(run) };
}

export const SPECTRUM_STEPS = [0, 100, 1000, 5000];

export async function spectrumFigure(lang: Lang): Promise<BuiltFigure> {
  const run = heroOr(lang, L(lang, 'The hero run has not been computed yet.', '代表的な実行はまだ計算されていません。'));
  if (isFigure(run)) return run;
  const spectra = SPECTRUM_STEPS.filter((s) => s <= run.steps[run.steps.length - 1]!).map((s) => spectrumAt(run, s));
  const at = spectra.map((d) => ({ step: d.step!, above: circlesAtRow(d.signals, run.config.p).length, tau: d.threshold }));
  const description = L(
    lang,
    `Bar charts of the signal of each frequency at steps ${at.map((a) => int(a.step)).join(', ')}, with the threshold τ as a dashed line. At the start all bars are similar; by the end only the survivors stand above τ.`,
    `ステップ ${at.map((a) => int(a.step)).join('、')} での各周波数のシグナルの棒グラフです。しきい値 τ を破線で示しています。最初はどの棒も同じくらいの高さですが、最後には生き残ったものだけが τ を超えています。`,
  );
  const caption = L(
    lang,
    `The spectrum S₁…S₂₉ of one run (${settings(lang, run)}) at four moments, measured by our engine; dashed line: τ = 2 × mean signal. Frequencies above τ: ${at.map((a) => `${a.above} at step ${int(a.step)}`).join(', ')}. Survivors (coloured) are the run's final circles.`,
    `1 回の実行（${settings(lang, run)}）のスペクトル S₁…S₂₉ を 4 つの時点で示したもので、私たちのエンジンで測った値です。破線は τ = 平均シグナルの 2 倍です。τ を超える周波数の数：${at.map((a) => `ステップ ${int(a.step)} で ${a.above} 個`).join('、')}。色付きは最終的に円として残った周波数です。`,
  );
  const half = circleFrequencies(run.config.p);
  const table: Table = {
    columns: ['k', ...spectra.map((d) => `S_k at step ${d.step}`)],
    rows: [...half.map((k) => [k, ...spectra.map((d) => d.signals[k]!)]), ['tau', ...spectra.map((d) => d.threshold)]],
  };
  return { svg: renderToString(spectrumSpec(spectra, { lang, description })), caption, description, runs: 1, table };
}

function finalSnapshot(run: CompactRun) {
  const snaps = run.snapshots ?? [];
  return snaps[snaps.length - 1];
}

export async function circlePlanesFigure(lang: Lang): Promise<BuiltFigure> {
  const run = heroOr(lang, L(lang, 'The hero run has not been computed yet.', '代表的な実行はまだ計算されていません。'));
  if (isFigure(run)) return run;
  const last = finalSnapshot(run);
  if (!last) return notComputed(lang, L(lang, 'The hero run has no embedding snapshots.', '代表的な実行に埋め込みのスナップショットがありません。'), 1);
  const planes = planesOf(last.embedding, run.circles);
  const description = L(
    lang,
    `${planes.length} scatter plots, one per surviving frequency. Each shows the ${run.config.p} tokens projected on that frequency's plane; they lie on a circle, ordered by k·t mod p.`,
    `生き残った周波数ごとに 1 つ、計 ${planes.length} 枚の散布図です。${run.config.p} 個のトークンをその周波数の平面に射影すると円の上に並び、k·t mod p の順に回ります。`,
  );
  const caption = L(
    lang,
    `The final embedding (step ${int(last.step)}) of one run (${settings(lang, run)}) projected on the FFT plane (Re Êₖ, Im Êₖ) of each surviving frequency; colour and label: token id. Δ is the token step between neighbours on the circle (k·Δ ≡ ±1 mod p). Computed by our engine.`,
    `1 回の実行（${settings(lang, run)}）の最終埋め込み（ステップ ${int(last.step)}）を、生き残った各周波数の FFT 平面（Re Êₖ, Im Êₖ）に射影したものです。色と数字はトークン番号です。Δ は円の上で隣り合うトークンの番号の差です（k·Δ ≡ ±1 mod p）。私たちのエンジンで計算しました。`,
  );
  const table: Table = {
    columns: ['token', ...planes.flatMap((p) => [`x_k${p.k}`, `y_k${p.k}`])],
    rows: Array.from({ length: run.config.p }, (_, t) => [t, ...planes.flatMap((p) => [p.x[t]!, p.y[t]!])]),
  };
  const columns = planes.length <= 3 ? planes.length : Math.ceil(planes.length / 2);
  return { svg: renderToString(circlePlanesSpec(planes, { lang, description, columns, width: 680 })), caption, description, runs: 1, table };
}

export async function circleEvolutionFigure(lang: Lang): Promise<BuiltFigure> {
  const run = heroOr(lang, L(lang, 'The hero run has not been computed yet.', '代表的な実行はまだ計算されていません。'));
  if (isFigure(run)) return run;
  const snaps = run.snapshots ?? [];
  if (snaps.length < 2)
    return notComputed(lang, L(lang, 'The hero run has no embedding snapshots.', '代表的な実行に埋め込みのスナップショットがありません。'), 1);
  const chosen = [snaps[0]!, snaps[Math.floor((snaps.length - 1) / 2)]!, snaps[snaps.length - 1]!];
  const ks = run.circles.slice(0, 2);
  const stepLabel = (s: number) => `${ft(lang, 'legend.step')} ${int(s)}`;
  const planes = evolutionPlanes(chosen, ks, stepLabel);
  const description = L(
    lang,
    `A grid of scatter plots: rows are the frequencies k = ${list(ks)}, columns the steps ${chosen.map((s) => int(s.step)).join(', ')}. At step 0 the tokens form a shapeless cloud on the final plane; by the end they lie on a circle.`,
    `散布図の格子です。行は周波数 k = ${list(ks)}、列はステップ ${chosen.map((s) => int(s.step)).join('、')} です。ステップ 0 ではトークンは最終平面の上で形のない雲ですが、最後には円の上に並びます。`,
  );
  const caption = L(
    lang,
    `The embedding at steps ${chosen.map((s) => int(s.step)).join(', ')} of one run (${settings(lang, run)}), always projected on the final embedding's plane of the two strongest survivors (k = ${list(ks)}); same scale in every panel. Computed by our engine.`,
    `1 回の実行（${settings(lang, run)}）のステップ ${chosen.map((s) => int(s.step)).join('、')} の埋め込みを、最も強く生き残った 2 つの周波数（k = ${list(ks)}）の最終埋め込みでの平面に射影したものです。どのパネルも同じ縮尺です。私たちのエンジンで計算しました。`,
  );
  const table: Table = {
    columns: ['k', 'step', 'token', 'x', 'y'],
    rows: planes.flatMap((pl, i) => pl.x.map((x, t) => [pl.k, chosen[i % chosen.length]!.step, t, x, pl.y[t]!])),
  };
  return {
    svg: renderToString(circlePlanesSpec(planes, { lang, description, columns: chosen.length, labels: false, width: 620 })),
    caption,
    description,
    runs: 1,
    table,
  };
}
