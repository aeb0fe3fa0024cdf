/**
 * Drawing the lab's figures with the site's shared Plot specs (the same specs the static
 * figures use), and the data table that stands beside each one. Nothing here trains.
 */
import * as Plot from '@observablehq/plot';
import { finishPlot } from '../../figures/svg-dom';
import { lossCurvesSpec } from '../../figures/specs/loss-curves';
import { signalEvolutionSpec } from '../../figures/specs/signal-evolution';
import { spectrumSpec } from '../../figures/specs/spectrum';
import { spectrumHeatmapSpec } from '../../figures/specs/spectrum-heatmap';
import { circlePlanesSpec } from '../../figures/specs/circle-planes';
import type { CirclePlaneData, LossSeries, SignalSeries, SpectrumData } from '../../figures/types';
import { circleCount, circlePlane, countCircles, halfSpectrum } from '../../lib/fourier';
import type { RunData } from './run-data';
import { lt, type LabKey } from './i18n';
import { formatInt } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';

export type FigureId = 'loss' | 'signal' | 'spectrum' | 'heatmap' | 'planes' | 'compare';

/** Plot's stylesheets (one text per figure kind), hoisted into <head> once each. */
export const plotStyles = new Set<string>();

/**
 * Plot puts a <style> in every figure it draws. Inserting a stylesheet makes the browser restyle
 * the whole page (tens of milliseconds on this long page, every redraw): move each distinct
 * text to <head> once, so a redraw restyles only the new figure. Exports put it back.
 */
function hoistStyles(node: Element): void {
  for (const st of node.querySelectorAll('style')) {
    const css = st.textContent ?? '';
    if (!plotStyles.has(css)) {
      plotStyles.add(css);
      const global = document.createElement('style');
      global.dataset.plotStyle = '';
      global.textContent = css;
      document.head.append(global);
    }
    st.remove();
  }
}

/** Replace a container's figure with a freshly drawn one. */
export function draw(container: HTMLElement, options: Plot.PlotOptions): void {
  const node = Plot.plot(options) as Element;
  hoistStyles(node);
  // The build's rules (svg-dom.ts), so a figure reads the same to assistive technology in the static
  // page and after the lab redraws it; a fixed prefix spares hashing the markup every frame.
  container.replaceChildren(finishPlot(node, { prefix: `lab-${container.dataset.plot ?? 'figure'}` }));
}

const width = (el: HTMLElement) => Math.max(280, Math.min(900, Math.floor(el.clientWidth || 640)));

/** The lab page's dashboard layout (lab.css: .lab--board at 75rem and wider). */
const wide = typeof matchMedia === 'function' ? matchMedia('(min-width: 75rem)') : null;
/**
 * On the dashboard the figures share one screen: the line and bar charts get a fixed height so that
 * the spectrum, the signal plot and the circle planes fit beside the controls at 1440 × 900.
 */
const boardHeight = (el: HTMLElement, h: number): { height?: number } => (wide?.matches && el.closest('.lab--board') ? { height: h } : {});

/**
 * While training, figures are redrawn a few times a second: draw them lighter then (fewer points
 * per line, fewer heatmap columns) so that no single figure holds the main thread for long on a
 * slow or busy machine. The full resolution is drawn when the run stops.
 */
export const LIGHT = { lossPoints: 80, signalPoints: 50, heatColumns: 40 } as const;

export interface Overlay {
  loss: LossSeries;
  signal: SignalSeries;
}

export function drawLoss(el: HTMLElement, run: RunData, lang: Lang, overlay: Overlay | null, light = false): void {
  draw(
    el,
    lossCurvesSpec(
      { ...run.lossSeries(), ...(overlay ? { overlay: overlay.loss } : {}) },
      { width: width(el), lang, ...boardHeight(el, 210), ...(light ? { maxPoints: LIGHT.lossPoints } : {}) },
    ),
  );
}

export function drawSignal(el: HTMLElement, run: RunData, lang: Lang, overlay: Overlay | null, light = false): void {
  draw(
    el,
    signalEvolutionSpec(
      { ...run.signalSeries(), ...(overlay ? { overlay: overlay.signal } : {}) },
      { width: width(el), lang, ...boardHeight(el, 210), ...(light ? { maxPoints: LIGHT.signalPoints } : {}) },
    ),
  );
}

export function spectrumAt(run: RunData, i: number): SpectrumData {
  const s = run.signals[i]!;
  const { threshold, circles } = countCircles(s);
  return { p: run.config.p, signals: halfSpectrum(s), threshold, circles, step: run.steps[i] };
}

export function drawSpectrum(el: HTMLElement, data: SpectrumData, lang: Lang, height?: number): void {
  draw(el, spectrumSpec(data, { width: width(el), lang, ...(height ? { height } : boardHeight(el, 210)) }));
}

export function drawHeatmap(el: HTMLElement, run: RunData, lang: Lang, light = false): void {
  draw(el, spectrumHeatmapSpec(run.signalSeries(), { width: width(el), lang, ...(light ? { maxColumns: LIGHT.heatColumns } : {}) }));
}

/** The strongest circle frequencies now (up to `n`), strongest first. */
export function strongest(run: RunData, n: number): number[] {
  const s = run.signals[run.length - 1];
  if (!s) return [];
  const half = circleCount(run.config.p);
  return Array.from({ length: half }, (_, i) => i + 1)
    .sort((a, b) => s[b]! - s[a]! || a - b)
    .slice(0, n);
}

export function planesOf(run: RunData, n: number): CirclePlaneData[] {
  const e = run.embedding;
  if (!e) return [];
  const { p, d } = run.config;
  return strongest(run, n).map((k) => {
    const pl = circlePlane(e.data, p, d, k);
    return { k, x: Array.from(pl.x), y: Array.from(pl.y) };
  });
}

export function drawPlanes(el: HTMLElement, planes: CirclePlaneData[], lang: Lang): void {
  if (planes.length === 0) {
    const p = document.createElement('p');
    p.className = 'lab__empty';
    p.textContent = lt(lang, 'fig.noPlanes');
    el.replaceChildren(p);
    return;
  }
  const w = width(el);
  // At p > 31 every fifth token is labelled: 59 labels a panel are unreadable at this size, and
  // they were most of the style and layout work of the lab's costliest frame.
  const p = planes[0]!.x.length;
  draw(el, circlePlanesSpec(planes, { width: w, lang, columns: w < 520 ? 2 : planes.length, labels: true, labelEvery: p > 31 ? 5 : 1 }));
}

// ---------------------------------------------------------------------------------------------
// Data tables: the text alternative of each figure.

type Cell = string | number;

function table(lang: Lang, heads: LabKey[] | string[], rows: Cell[][], caption: string): HTMLTableElement {
  const t = document.createElement('table');
  t.className = 'lab__table';
  const cap = t.createCaption();
  cap.textContent = caption;
  const thead = t.createTHead().insertRow();
  for (const h of heads) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = (h as string).startsWith('table.') ? lt(lang, h as LabKey) : (h as string);
    thead.appendChild(th);
  }
  const body = t.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    r.forEach((c, i) => {
      const cell = i === 0 ? document.createElement('th') : document.createElement('td');
      if (i === 0) (cell as HTMLTableCellElement).scope = 'row';
      cell.textContent = typeof c === 'number' ? num(c) : c;
      tr.appendChild(cell);
    });
  }
  return t;
}

const num = (x: number) =>
  !Number.isFinite(x) ? '—' : Number.isInteger(x) ? String(x) : Math.abs(x) < 1e-3 && x !== 0 ? x.toExponential(3) : x.toPrecision(4);

/** About `n` row indices spread over the run (first and last kept). */
export function sampleRows(length: number, n = 12): number[] {
  if (length <= n) return Array.from({ length }, (_, i) => i);
  const out = new Set<number>();
  for (let i = 0; i < n; i++) out.add(Math.round((i * (length - 1)) / (n - 1)));
  return [...out];
}

export function lossTable(run: RunData, lang: Lang): HTMLTableElement {
  const rows = sampleRows(run.length).map((i) => [run.steps[i]!, run.trainLoss[i]!, run.testLoss[i]!, run.trainAcc[i]!, run.testAcc[i]!]);
  return table(lang, ['table.step', 'table.trainLoss', 'table.testLoss', 'table.trainAcc', 'table.testAcc'], rows, lt(lang, 'fig.loss'));
}

export function signalTable(run: RunData, lang: Lang): HTMLTableElement {
  const idx = sampleRows(run.length, 8);
  const half = circleCount(run.config.p);
  const heads = [lt(lang, 'table.k'), ...idx.map((i) => `${lt(lang, 'table.step')} ${formatInt(lang, run.steps[i]!)}`)];
  const rows = Array.from({ length: half }, (_, j) => [j + 1, ...idx.map((i) => run.signals[i]![j + 1]!)]);
  return table(lang, heads, rows, lt(lang, 'fig.signal'));
}

export function spectrumTable(run: RunData, lang: Lang, i = run.length - 1): HTMLTableElement {
  const states = run.frequencyStates();
  const half = circleCount(run.config.p);
  const s = run.signals[i]!;
  const rows = Array.from({ length: half }, (_, j) => {
    const k = j + 1;
    const st = states.get(k) ?? 'dead';
    return [k, s[k]!, lt(lang, st === 'alive' ? 'state.alive' : st === 'fading' ? 'state.fading' : 'state.dead')];
  });
  return table(
    lang,
    ['table.k', 'table.signal', 'table.state'],
    rows,
    `${lt(lang, 'fig.spectrum')} (${lt(lang, 'table.step')} ${formatInt(lang, run.steps[i]!)})`,
  );
}

export function planesTable(planes: CirclePlaneData[], lang: Lang): HTMLTableElement {
  const p = planes[0]?.x.length ?? 0;
  const heads = [lt(lang, 'table.token'), ...planes.flatMap((pl) => [`x (k = ${pl.k})`, `y (k = ${pl.k})`])];
  const rows = Array.from({ length: p }, (_, t) => [t, ...planes.flatMap((pl) => [pl.x[t]!, pl.y[t]!])]);
  return table(lang, heads, rows, lt(lang, 'fig.planes'));
}

export function compareTable(live: SpectrumData, pinned: SpectrumData, lang: Lang): HTMLTableElement {
  const half = circleCount(live.p);
  const heads = [
    lt(lang, 'table.k'),
    `${lt(lang, 'compare.live')} (${formatInt(lang, live.step ?? 0)})`,
    `${lt(lang, 'compare.pinned')} (${formatInt(lang, pinned.step ?? 0)})`,
  ];
  const rows = Array.from({ length: half }, (_, j) => [j + 1, live.signals[j + 1] ?? NaN, pinned.signals[j + 1] ?? NaN]);
  return table(lang, heads, rows, lt(lang, 'fig.compare'));
}
