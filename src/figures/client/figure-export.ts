/**
 * Files a page hands to the reader, made in the page from what it already shows: the one export
 * path for the static figures' buttons (figure-tools.ts) and for the lab (islands/lab/lab-exports.ts).
 * A chart leaves as a standalone SVG document or as a PNG drawn from that SVG at 2×.
 */
import { chartSvg } from '../svg-dom';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The light theme's text colour (global.css --text): an exported chart is printed on white, whatever the reader's theme. */
const INK = '#1b1d21';

export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: the browser may still be reading the blob when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(name: string, text: string, type: string): void {
  download(name, new Blob([text], { type }));
}

/** The chart a plot box shows: its <svg>, or the chart <svg> of Plot's <figure> (legend swatches are nested deeper). */
export function chartIn(box: Element): SVGSVGElement | null {
  const root = box.querySelector(':scope > svg, :scope > figure');
  return root ? (chartSvg(root) as SVGSVGElement | null) : null;
}

export interface StandaloneSvg {
  text: string;
  width: number;
  height: number;
}

/**
 * The chart as a document of its own. `styles` are Plot stylesheets the page moved out of the
 * chart (the lab hoists them into <head>); a standalone file needs them back. There is no page
 * around the file, so its background, ink and font are pinned.
 */
export function standaloneSvg(svg: SVGSVGElement, styles: Iterable<string> = []): StandaloneSvg {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  const css = [...styles].join('\n');
  if (css) {
    const st = document.createElementNS(SVG_NS, 'style');
    st.textContent = css;
    clone.insertBefore(st, clone.firstChild);
  }
  clone.setAttribute('style', `color:${INK};font-family:${getComputedStyle(svg).fontFamily};background:#fff`);
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || box.width;
  const height = Number(svg.getAttribute('height')) || box.height;
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

export async function svgToPng(svg: StandaloneSvg, scale = 2): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    img.src = url;
    await img.decode().catch(() => {
      throw new Error('could not rasterise the figure');
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(svg.width * scale));
    canvas.height = Math.max(1, Math.round(svg.height * scale));
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Save a chart as `${stem}.svg` or `${stem}.png`; rejects when the PNG cannot be made. */
export async function saveChart(svg: SVGSVGElement, stem: string, kind: 'svg' | 'png', styles: Iterable<string> = []): Promise<void> {
  const file = standaloneSvg(svg, styles);
  if (kind === 'svg') downloadText(`${stem}.svg`, file.text, 'image/svg+xml');
  else download(`${stem}.png`, await svgToPng(file));
}
