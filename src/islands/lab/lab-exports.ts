import type { TrainConfig } from '../../lib/config';
import { chartIn, downloadText, saveChart } from '../../figures/client/figure-export';
import { plotStyles } from './lab-figures';
import type { RunData } from './run-data';

/**
 * Files the lab hands to the reader: the run as JSON (the command line's run-file format), the
 * series as CSV, and a figure as SVG or PNG, through the site's one export path
 * (figures/client/figure-export.ts, which the static figures' buttons use too).
 */

/** File names say what the run is: "fittest-lab-p31-d32-s0-step1500". */
export function fileStem(config: Pick<TrainConfig, 'p' | 'd' | 'seed'>, step: number): string {
  return `fittest-lab-p${config.p}-d${config.d}-s${config.seed}-step${step}`;
}

/** The run as a run file (JSON) or its series as CSV. */
export function exportRun(run: RunData, kind: 'json' | 'csv'): void {
  const stem = fileStem(run.config, run.step);
  if (kind === 'json') downloadText(`${stem}.json`, JSON.stringify(run.toRunFile()) + '\n', 'application/json');
  else downloadText(`${stem}.csv`, run.toCsv(), 'text/csv');
}

/** Figure `id` (a data-plot box) as SVG or PNG; rejects when the PNG cannot be made. */
export async function exportFigure(box: HTMLElement, id: string, stem: string, kind: 'svg' | 'png'): Promise<void> {
  const svg = chartIn(box);
  // The lab moved Plot's stylesheets into <head> (lab-figures.ts): the file takes them back.
  if (svg) await saveChart(svg, `${stem}-${id}`, kind, plotStyles);
}
