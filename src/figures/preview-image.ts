/**
 * Link previews (Open Graph / Twitter cards): a page's key figure as a 1200 × 630 PNG, rendered at
 * build time from the same Plot SVG the page shows. The chart is nested, scaled to fit, on a white
 * card with the site's name; sharp (libvips + librsvg) rasterises it with the system fonts, Noto
 * CJK included, so Japanese axis labels render.
 */
import sharp from 'sharp';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/**
 * The chart's <svg> in a figure's markup, which may be a Plot <figure> holding a legend (whose
 * swatches are small <svg>s of their own) and the chart: the largest one is the chart.
 */
export function chartSvg(markup: string): string {
  const svgs = markup.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
  const area = (s: string) => Number(/\swidth="([\d.]+)"/.exec(s)?.[1] ?? 0) * Number(/\sheight="([\d.]+)"/.exec(s)?.[1] ?? 0);
  return svgs.reduce((best, s) => (area(s) > area(best) ? s : best), svgs[0] ?? '<svg width="1" height="1"></svg>');
}

/** The card as SVG, around the chart found in `markup` (see chartSvg). */
export function previewSvg(markup: string, footer: string): string {
  const chart = chartSvg(markup);
  const w = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(chart)?.[1] ?? 640);
  const h = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(chart)?.[1] ?? 360);
  const box = { x: 40, y: 30, w: PREVIEW_WIDTH - 80, h: PREVIEW_HEIGHT - 110 };
  const scale = Math.min(box.w / w, box.h / h);
  const cw = w * scale;
  const ch = h * scale;
  const x = box.x + (box.w - cw) / 2;
  const y = box.y + (box.h - ch) / 2;
  // Place the chart: its own width/height become the box it is scaled into (its viewBox keeps the drawing).
  const placed = chart
    .replace(/^<svg/, `<svg x="${x.toFixed(1)}" y="${y.toFixed(1)}"`)
    .replace(/(<svg[^>]*?)\swidth="[\d.]+"/, `$1 width="${cw.toFixed(1)}"`)
    .replace(/(<svg[^>]*?)\sheight="[\d.]+"/, `$1 height="${ch.toFixed(1)}"`);
  const withViewBox = /<svg[^>]*viewBox=/.test(placed.slice(0, placed.indexOf('>'))) ? placed : placed.replace(/^<svg/, `<svg viewBox="0 0 ${w} ${h}"`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}" style="color:#1b1d21">
<rect width="100%" height="100%" fill="#ffffff"/>
${withViewBox}
<rect x="0" y="${PREVIEW_HEIGHT - 62}" width="${PREVIEW_WIDTH}" height="62" fill="#0b6e4f"/>
<text x="40" y="${PREVIEW_HEIGHT - 22}" fill="#ffffff" font-family="Noto Sans CJK JP, Noto Sans, DejaVu Sans, sans-serif" font-size="28" font-weight="700">${escapeXml(footer)}</text>
</svg>`;
}

/** The card as PNG bytes. */
export async function previewPng(chart: string, footer: string): Promise<Uint8Array> {
  const png = await sharp(Buffer.from(previewSvg(chart, footer)))
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
  return new Uint8Array(png);
}
