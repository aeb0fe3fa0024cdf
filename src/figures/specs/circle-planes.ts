/**
 * Circle planes: for each plane (a frequency's FFT plane, possibly at several steps), every token
 * as a dot at (x_t, y_t), coloured by token id (viridis) and labelled. One facet per plane, the
 * same symmetric domain on both axes and across facets, and square panels (equal aspect), so a
 * circle looks like a circle and sizes compare across panels.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '../render';
import type { CirclePlaneData, FigureOptions } from '../types';
import { neighbourSteps } from '../../lib/fourier';
import { DEFAULT_WIDTH } from './common';

export interface CirclePlanesOptions extends FigureOptions {
  /** Token labels beside the dots (default true). */
  labels?: boolean;
  /** Label only every n-th token (0, n, 2n, …; default 1, all): fewer SVG elements to style. */
  labelEvery?: number;
  /** Token labels' font size in px (default 10: smaller is hard to read, on a phone above all). */
  labelSize?: number;
  /** Facets per row (default: all in one row up to 5). */
  columns?: number;
  /** Fixed half-width of both axes; default: the largest |coordinate| over all planes. */
  extent?: number;
  /** Add "Δ = …" (the token step between circle neighbours) to each facet title (default true). */
  showDelta?: boolean;
  /** Put a plane's label ("Step 2,500") and its frequency on two lines, for narrow facets (default false). */
  titleBreak?: boolean;
}

export interface PlaneRow {
  panel: string;
  col: number;
  row: number;
  token: number;
  x: number;
  y: number;
}

export function planeTitle(plane: CirclePlaneData, showDelta = true, titleBreak = false): string {
  const p = plane.x.length;
  const delta = showDelta ? neighbourSteps(plane.k, p)[0] : undefined;
  const head = delta === undefined ? `k = ${plane.k}` : `k = ${plane.k}, Δ = ${delta}`;
  return plane.label ? `${plane.label}${titleBreak ? '\n' : ' · '}${head}` : head;
}

export function circlePlanesSpec(planes: CirclePlaneData[], opts: CirclePlanesOptions = {}): PlotOptions {
  const { width = DEFAULT_WIDTH, labels = true, showDelta = true } = opts;
  const labelEvery = Math.max(1, Math.floor(opts.labelEvery ?? 1));
  const columns = Math.max(1, opts.columns ?? Math.min(planes.length, 5));
  const rowsCount = Math.max(1, Math.ceil(planes.length / columns));
  const titles = planes.map((pl) => planeTitle(pl, showDelta, opts.titleBreak));
  const data: PlaneRow[] = planes.flatMap((pl, i) =>
    pl.x.map((x, t) => ({ panel: titles[i]!, col: i % columns, row: Math.floor(i / columns), token: t, x, y: pl.y[t]! })),
  );
  let extent = opts.extent ?? Math.max(1e-9, ...data.map((r) => Math.max(Math.abs(r.x), Math.abs(r.y))));
  if (opts.extent === undefined) extent *= 1.12; // room for labels
  const p = planes[0]?.x.length ?? 59;
  // Square facets: the plot area per facet is (width − margins)/columns wide, and as tall.
  const marginLeft = 36;
  const marginRight = 8;
  const marginTop = 22;
  const marginBottom = 28;
  const cell = (width - marginLeft - marginRight) / columns;
  const height = opts.height ?? Math.round(cell * rowsCount + marginTop + marginBottom);
  const titleRows = titles.map((t, i) => ({ panel: t, col: i % columns, row: Math.floor(i / columns) }));
  return {
    width,
    height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    ariaLabel: titles.map((t) => t.replace('\n', ' · ')).join('; '),
    ariaDescription: opts.description ?? null,
    fx: { axis: null, padding: 0.08 },
    fy: { axis: null, padding: 0.08 },
    x: { domain: [-extent, extent], label: null, ticks: 3, tickSize: 3 },
    y: { domain: [-extent, extent], label: null, ticks: 3, tickSize: 3 },
    color: { type: 'sequential', scheme: 'viridis', domain: [0, p - 1], legend: false },
    marks: [
      Plot.frame({ stroke: '#d1d5db' }),
      Plot.ruleX(titleRows, { x: 0, fx: 'col', fy: 'row', stroke: '#e5e7eb' }),
      Plot.ruleY(titleRows, { y: 0, fx: 'col', fy: 'row', stroke: '#e5e7eb' }),
      // A tooltip only where no label names the token: with labels it would repeat them, and one
      // <title> per dot is a third of the figure's elements (and of the live lab's style work).
      Plot.dot(data, { x: 'x', y: 'y', fx: 'col', fy: 'row', fill: 'token', r: 3, title: labels ? undefined : (r: PlaneRow) => `token ${r.token}` }),
      labels
        ? Plot.text(labelEvery > 1 ? data.filter((r) => r.token % labelEvery === 0) : data, {
            x: 'x',
            y: 'y',
            fx: 'col',
            fy: 'row',
            text: 'token',
            fontSize: opts.labelSize ?? 10,
            dx: 6,
            dy: -4,
            fill: 'currentColor',
            fillOpacity: 0.7,
          })
        : null,
      // Two-line titles in narrow facets cover part of the ring: a halo keeps them legible over the dots.
      Plot.text(titleRows, {
        fx: 'col',
        fy: 'row',
        text: 'panel',
        frameAnchor: 'top-left',
        dx: 4,
        dy: 4,
        fontWeight: 600,
        ...(opts.titleBreak ? { fill: 'currentColor', stroke: 'var(--bg, white)', strokeWidth: 3, paintOrder: 'stroke' } : {}),
      }),
    ],
  };
}
