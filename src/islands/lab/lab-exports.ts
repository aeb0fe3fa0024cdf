import type { TrainConfig } from '../../lib/config';
import { plotStyles } from './lab-figures';
import type { RunData } from './run-data';

/**
 * Files the lab hands to the reader: the run as JSON (the command line's run-file format), the
 * series as CSV, and a figure as SVG or PNG. All are made in the page from data it already has.
 */

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(name: string, text: string, type: string): void {
  download(name, new Blob([text], { type }));
}

/**
 * The figure's main SVG as a standalone document: Plot draws a <figure> (legend + svg) or a bare
 * <svg>; the chart is the last svg. `currentColor` is resolved so the file reads on its own.
 */
export function figureSvg(container: HTMLElement): string | null {
  const svgs = container.querySelectorAll('svg');
  const svg = svgs[svgs.length - 1];
  if (!svg) return null;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // The figure's styles were hoisted into <head> (lab-figures.ts): a standalone file needs them.
  if (plotStyles.size) {
    const st = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    st.textContent = [...plotStyles].join('\n');
    clone.insertBefore(st, clone.firstChild);
  }
  const style = getComputedStyle(container);
  clone.setAttribute('color', style.color || '#000');
  clone.style.background = 'white';
  clone.style.color = '#1b1d21';
  return new XMLSerializer().serializeToString(clone);
}

export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((ok, fail) => {
      img.onload = () => ok();
      img.onerror = () => fail(new Error('could not rasterise the figure'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

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
  const svg = figureSvg(box);
  if (!svg) return;
  const name = `${stem}-${id}.${kind}`;
  if (kind === 'svg') downloadText(name, svg, 'image/svg+xml');
  else download(name, await svgToPng(svg));
}
