/**
 * The marks every "circles against a setting" figure shares (dimension, weight decay, modulus):
 * mean ± 1 SD as a band, the mean as a line, and each run as a dot at its (spread) x.
 */
import * as Plot from '@observablehq/plot';

export interface CountSummary {
  mean: number;
  sd: number;
}

export function circleCountMarks<T extends CountSummary>(points: T[], x: keyof T & string, dots: { x: number; c: number }[]): Plot.Markish[] {
  return [
    Plot.areaY(points, {
      x,
      y1: (p: T) => Math.max(0, p.mean - p.sd),
      y2: (p: T) => p.mean + p.sd,
      fill: '#4269d0',
      fillOpacity: 0.15,
    }),
    Plot.lineY(points, { x, y: 'mean', stroke: '#4269d0', strokeWidth: 2, marker: 'circle' }),
    Plot.dot(dots, { x: 'x', y: 'c', r: 2.5, fill: 'currentColor', fillOpacity: 0.55 }),
  ];
}
