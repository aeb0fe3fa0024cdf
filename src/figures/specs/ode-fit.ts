/**
 * Plot spec for one frequency of the linear-ODE check: the recorded signal S_k(t), the Euler
 * rollout and the exact solution of the fitted model, over the ODE window. Frequencies differ
 * tenfold in size, so each gets its own small chart (own y scale) rather than a shared facet.
 */
import * as Plot from '@observablehq/plot';
import type { FigureOptions } from '../types';

export const ODE_FIT_COLOURS = { data: '#7a7a7a', euler: '#2f6fb3', exact: '#d2691e' } as const;

export interface OdeFitPanelData {
  k: number;
  /** The recorded signal at t = 0..T. */
  data: ArrayLike<number>;
  /** Euler rollout and exact solution at t = 0..T (absent when they failed). */
  euler?: ArrayLike<number> | null;
  exact?: ArrayLike<number> | null;
}

export interface OdeFitOptions extends FigureOptions {
  /** At most this many points per curve (every n-th step is drawn). */
  maxPoints?: number;
  xLabel?: string;
  yLabel?: string;
  /** Fixed y range (default: data and predictions, from 0). */
  yMax?: number;
}

function thin(values: ArrayLike<number>, stride: number, kind: string): { t: number; v: number; kind: string }[] {
  const out = [];
  for (let t = 0; t < values.length; t += stride) out.push({ t, v: values[t]!, kind });
  if ((values.length - 1) % stride !== 0) out.push({ t: values.length - 1, v: values[values.length - 1]!, kind });
  return out;
}

export function odeFitPanelSpec(panel: OdeFitPanelData, options: OdeFitOptions = {}): Plot.PlotOptions {
  const width = options.width ?? 220;
  const height = options.height ?? 150;
  const maxPoints = options.maxPoints ?? 200;
  const stride = Math.max(1, Math.ceil((panel.data.length - 1) / maxPoints));
  const data = thin(panel.data, stride, 'data');
  const euler = panel.euler ? thin(panel.euler, stride, 'euler') : [];
  const exact = panel.exact ? thin(panel.exact, stride, 'exact') : [];
  let top = 0;
  for (const r of data) top = Math.max(top, r.v);
  // Predictions may run away; keep the data readable and let wild curves leave the frame.
  const yMax = options.yMax ?? Math.max(top * 1.6, 1);
  let predTop = top;
  for (const r of [...euler, ...exact]) if (Number.isFinite(r.v)) predTop = Math.max(predTop, Math.min(r.v, yMax));
  // A runaway prediction (1e37 after an edit) would put numbers in the SVG path that browsers
  // reject; pin it just outside the frame, where the clip hides it.
  const bound = 4 * Math.max(predTop, 1);
  for (const r of [...euler, ...exact]) r.v = Number.isFinite(r.v) ? Math.min(bound, Math.max(-bound, r.v)) : NaN;
  return {
    width,
    height,
    marginLeft: 36,
    marginRight: 8,
    // Room above the top tick for the "↑ S_k" axis label (at 8 px it sat on the top tick's number).
    marginTop: 22,
    marginBottom: 30,
    ariaDescription: options.description,
    x: { domain: [0, panel.data.length - 1], label: options.xLabel ?? 'step', ticks: 3, labelAnchor: 'right' },
    y: { domain: [0, Math.max(predTop * 1.05, 1)], label: options.yLabel ?? `S_${panel.k}`, ticks: 4, grid: true },
    marks: [
      Plot.line(data, { x: 't', y: 'v', stroke: ODE_FIT_COLOURS.data, strokeWidth: 3.5, strokeOpacity: 0.6 }),
      Plot.line(euler, { x: 't', y: 'v', stroke: ODE_FIT_COLOURS.euler, strokeWidth: 1.5, clip: true }),
      Plot.line(exact, { x: 't', y: 'v', stroke: ODE_FIT_COLOURS.exact, strokeWidth: 1.5, strokeDasharray: '4 3', clip: true }),
    ],
  };
}
