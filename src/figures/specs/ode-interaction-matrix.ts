/**
 * Plot spec for the fitted interaction matrix A of ẋ = A x + b: a d×d heatmap, rows = target
 * frequency i, columns = source frequency j, diverging palette centred at 0 (blue negative,
 * red positive, as the authors' coolwarm), survivors marked on both axes. The island relies on
 * the cells being drawn in row-major order (i, then j) to attach hover and keyboard reading.
 */
import * as Plot from '@observablehq/plot';
import type { FigureOptions } from '../types';

export interface InteractionMatrixData {
  /** Row-major d×d. */
  A: ArrayLike<number>;
  d: number;
  survivors: number[];
  /** Cells edited by the reader (outlined). */
  edited?: { i: number; j: number }[];
  /** Cell under the cursor (outlined thickly). */
  active?: { i: number; j: number } | null;
}

export interface InteractionMatrixOptions extends FigureOptions {
  /** Colour domain is [−limit, limit]; default: the largest |A_ij|. */
  limit?: number;
  title?: string;
  sourceLabel?: string;
  targetLabel?: string;
}

export interface MatrixCell {
  i: number;
  j: number;
  v: number;
}

export function matrixCells(A: ArrayLike<number>, d: number): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (let i = 1; i <= d; i++) for (let j = 1; j <= d; j++) cells.push({ i, j, v: A[(i - 1) * d + (j - 1)]! });
  return cells;
}

export function interactionMatrixSpec(data: InteractionMatrixData, options: InteractionMatrixOptions = {}): Plot.PlotOptions {
  const width = options.width ?? 520;
  // In a phone's column a cell is ~11 px wide: the column labels stand upright to fit.
  const narrow = width < 480;
  const height = options.height ?? (narrow ? width + 12 : width - 20);
  const cells = matrixCells(data.A, data.d);
  let max = 0;
  for (const c of cells) max = Math.max(max, Math.abs(c.v));
  const limit = options.limit ?? (max > 0 ? max : 1);
  const ks = Array.from({ length: data.d }, (_, k) => k + 1);
  const mark = (k: number) => (data.survivors.includes(k) ? `●${k}` : `${k}`);
  const outline = (list: { i: number; j: number }[], strokeWidth: number) =>
    Plot.cell(list, { x: 'j', y: 'i', fill: 'none', stroke: 'currentColor', strokeWidth, inset: 0.5 });
  return {
    width,
    height,
    marginLeft: 44,
    marginBottom: narrow ? 52 : 40,
    marginTop: 8,
    padding: 0.04,
    ariaDescription: options.description ?? 'Heatmap of the interaction matrix A.',
    x: { domain: ks, label: options.sourceLabel ?? 'source frequency j', tickFormat: mark, tickSize: 0, labelAnchor: 'center', tickRotate: narrow ? -90 : 0 },
    y: { domain: ks, label: options.targetLabel ?? 'target frequency i', tickFormat: mark, tickSize: 0, labelAnchor: 'center' },
    color: { type: 'diverging', scheme: 'BuRd', pivot: 0, domain: [-limit, limit], legend: false },
    style: { fontSize: '9px' },
    marks: [Plot.cell(cells, { x: 'j', y: 'i', fill: 'v' }), outline(data.edited ?? [], 1.5), outline(data.active ? [data.active] : [], 2.5)],
  };
}

/**
 * The colour legend as a CSS gradient (Plot's continuous legends need a canvas, which the
 * server-side DOM lacks), sampled from the same scale the heatmap uses.
 */
export function interactionMatrixLegend(limit: number, samples = 11): string {
  const scale = Plot.scale({ color: { type: 'diverging', scheme: 'BuRd', pivot: 0, domain: [-limit, limit] } });
  const stops = Array.from({ length: samples }, (_, k) => {
    const v = -limit + (2 * limit * k) / (samples - 1);
    return `${String(scale.apply(v))} ${((100 * k) / (samples - 1)).toFixed(0)}%`;
  });
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

/** The largest |A_ij| (the legend's and the palette's half-range), 1 for an all-zero matrix. */
export function matrixLimit(A: ArrayLike<number>): number {
  let max = 0;
  for (let k = 0; k < A.length; k++) max = Math.max(max, Math.abs(A[k]!));
  return max > 0 ? max : 1;
}
