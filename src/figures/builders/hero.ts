/**
 * Figures of the hero run (p = 59, d = 128, seed 0, 5,000 steps): signal evolution (compact and
 * full), spectra at chosen steps, the final circle planes and their evolution.
 */
import { ft } from '../i18n';
import { narrowSize, renderCharts } from '../render';
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
import { int, list, notComputed } from './common';
import { formatList } from '../../i18n/format';
import { heroStrings } from './strings/hero';
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
  return heroStrings(lang, 'settings', { p: c.p, d: c.d, seed: c.seed, steps: int(c.steps) });
}

export async function heroFigure(lang: Lang, compact = true): Promise<BuiltFigure> {
  const run = heroOr(lang, heroStrings(lang, 'notComputed'));
  if (isFigure(run)) return run;
  const n = run.circles.length;
  const settled = settledStep(run);
  // The full figure says whether this run's count of circles is typical of the seeds at its width
  // (the compact one, on the home page and the word-limited summary, leaves it to the chapters).
  const place = (await measure()).heroPlace;
  const circles = list(run.circles);
  const description = heroStrings(lang, 'signal.description', { candidates: circleCount(run.config.p), n, circles });
  const caption = compact
    ? heroStrings(lang, 'signal.compactCaption', { settings: settings(lang, run), n })
    : heroStrings(lang, 'signal.caption', {
        settings: settings(lang, run),
        n,
        circles,
        settled: settled === null ? '—' : int(settled),
        place: heroPlaceText(lang, place),
      });
  // The compact figure's caption names the survival threshold, so it draws it.
  const series = signalSeries(run);
  const charts = renderCharts((w) =>
    signalEvolutionSpec(series, {
      lang,
      description,
      legend: !compact,
      threshold: compact,
      ...(w ? narrowSize(w, compact ? 0.6 : 0.85) : { width: compact ? 640 : 680, height: compact ? 300 : 380 }),
    }),
  );
  return { ...charts, caption, description, runs: 1, table: signalTable(run) };
}

export const SPECTRUM_STEPS = [0, 100, 1000, 5000];

export async function spectrumFigure(lang: Lang): Promise<BuiltFigure> {
  const run = heroOr(lang, heroStrings(lang, 'notComputed'));
  if (isFigure(run)) return run;
  const spectra = SPECTRUM_STEPS.filter((s) => s <= run.steps[run.steps.length - 1]!).map((s) => spectrumAt(run, s));
  const at = spectra.map((d) => ({ step: d.step!, above: circlesAtRow(d.signals, run.config.p).length, tau: d.threshold }));
  const description = heroStrings(lang, 'spectrum.description', {
    steps: formatList(
      lang,
      at.map((a) => int(a.step)),
    ),
  });
  const above = formatList(
    lang,
    at.map((a) => heroStrings(lang, 'spectrum.aboveAt', { n: a.above, step: int(a.step) })),
  );
  const caption = heroStrings(lang, 'spectrum.caption', { settings: settings(lang, run), above });
  const half = circleFrequencies(run.config.p);
  const table: Table = {
    columns: ['k', ...spectra.map((d) => `S_k at step ${d.step}`)],
    rows: [...half.map((k) => [k, ...spectra.map((d) => d.signals[k]!)]), ['tau', ...spectra.map((d) => d.threshold)]],
  };
  return { ...renderCharts((w) => spectrumSpec(spectra, { lang, description, ...narrowSize(w, 1.1) })), caption, description, runs: 1, table };
}

function finalSnapshot(run: CompactRun) {
  const snaps = run.snapshots ?? [];
  return snaps[snaps.length - 1];
}

export async function circlePlanesFigure(lang: Lang): Promise<BuiltFigure> {
  const run = heroOr(lang, heroStrings(lang, 'notComputed'));
  if (isFigure(run)) return run;
  const last = finalSnapshot(run);
  if (!last) return notComputed(lang, heroStrings(lang, 'noSnapshots'), 1);
  const planes = planesOf(last.embedding, run.circles);
  const description = heroStrings(lang, 'planes.description', { planes: planes.length, p: run.config.p });
  const caption = heroStrings(lang, 'planes.caption', { step: int(last.step), settings: settings(lang, run) });
  const table: Table = {
    columns: ['token', ...planes.flatMap((p) => [`x_k${p.k}`, `y_k${p.k}`])],
    rows: Array.from({ length: run.config.p }, (_, t) => [t, ...planes.flatMap((p) => [p.x[t]!, p.y[t]!])]),
  };
  const columns = planes.length <= 3 ? planes.length : Math.ceil(planes.length / 2);
  // A phone column holds two square planes a row.
  const charts = renderCharts((w) => circlePlanesSpec(planes, { lang, description, columns: w ? Math.min(2, columns) : columns, width: w ?? 680 }));
  return { ...charts, caption, description, runs: 1, table };
}

export async function circleEvolutionFigure(lang: Lang): Promise<BuiltFigure> {
  const run = heroOr(lang, heroStrings(lang, 'notComputed'));
  if (isFigure(run)) return run;
  const snaps = run.snapshots ?? [];
  if (snaps.length < 2) return notComputed(lang, heroStrings(lang, 'noSnapshots'), 1);
  const chosen = [snaps[0]!, snaps[Math.floor((snaps.length - 1) / 2)]!, snaps[snaps.length - 1]!];
  const ks = run.circles.slice(0, 2);
  const stepLabel = (s: number) => `${ft(lang, 'legend.step')} ${int(s)}`;
  const planes = evolutionPlanes(chosen, ks, stepLabel);
  const steps = formatList(
    lang,
    chosen.map((s) => int(s.step)),
  );
  const description = heroStrings(lang, 'evolution.description', { ks: list(ks), steps });
  const caption = heroStrings(lang, 'evolution.caption', { steps, settings: settings(lang, run), ks: list(ks) });
  const table: Table = {
    columns: ['k', 'step', 'token', 'x', 'y'],
    rows: planes.flatMap((pl, i) => pl.x.map((x, t) => [pl.k, chosen[i % chosen.length]!.step, t, x, pl.y[t]!])),
  };
  return {
    // One frequency a row, as the caption reads them (left to right), also on a phone: narrow facets, titles on two lines.
    ...renderCharts((w) =>
      circlePlanesSpec(planes, { lang, description, columns: chosen.length, labels: false, width: w ?? 620, titleBreak: w !== undefined }),
    ),
    caption,
    description,
    runs: 1,
    table,
  };
}
