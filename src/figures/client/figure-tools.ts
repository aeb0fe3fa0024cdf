/**
 * Figure downloads that need script: the chart as SVG (serialised from the page) and as PNG
 * (the SVG drawn on a canvas at 2×). The buttons are hidden in the markup and shown here, so a
 * page without JavaScript offers only what works without it (the CSV link and the data table).
 */
function chartSvg(root: Element): SVGSVGElement | null {
  // Plot's main chart is the <svg> directly in the plot box or in Plot's <figure> (legend swatches are nested deeper).
  return root.querySelector<SVGSVGElement>('.fig__plot > svg, .fig__plot > figure > svg');
}

function svgText(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const style = getComputedStyle(svg);
  // A standalone file has no page around it: pin the colours and font the page gave the chart.
  clone.setAttribute('style', `color:${style.color};font-family:${style.fontFamily};background:#fff`);
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function toPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { text, width, height } = svgText(svg);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG encoding failed'))), 'image/png'));
}

export function initFigureTools(doc: Document = document): void {
  for (const root of doc.querySelectorAll<HTMLElement>('[data-fig]:not([data-fig-ready])')) {
    root.dataset.figReady = '';
    const svg = chartSvg(root);
    const name = root.dataset.fig ?? 'figure';
    if (!svg) continue;
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-fig-download]')) {
      button.hidden = false;
      button.addEventListener('click', async () => {
        const kind = button.dataset.figDownload;
        const current = chartSvg(root) ?? svg; // an island may have replaced the chart
        if (kind === 'svg') save(new Blob([svgText(current).text], { type: 'image/svg+xml' }), `${name}.svg`);
        if (kind === 'png') save(await toPng(current), `${name}.png`);
      });
    }
  }
}

initFigureTools();
