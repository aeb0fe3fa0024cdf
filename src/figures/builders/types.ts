/** What a figure builder hands to the figure chrome (Figure.astro). */
import type { Table } from '../analyses/csv';
import type { Lang } from '../../i18n/languages';

export interface BuiltFigure {
  /** Rendered Plot markup (an <svg>, or a <figure> with legend + <svg>); null when there is no data. */
  svg: string | null;
  /** The same chart laid out at NARROW_WIDTH (render.ts), shown instead of `svg` in a narrow column. */
  svgNarrow?: string;
  /** Visible caption: what is shown and what the numbers say (measured by our engine). */
  caption: string;
  /** Accessible description of the chart (also the SVG's aria-description). */
  description: string;
  /** Runs behind the figure, and how many the manifest plans (when it plans more). */
  runs: number;
  planned?: number;
  table: Table | null;
  /** Shown instead of the chart when there is nothing to draw. */
  note?: string;
}

export type Builder = (lang: Lang) => Promise<BuiltFigure>;
