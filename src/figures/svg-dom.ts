/**
 * The one path from Observable Plot's output to the SVG on a page: the build (render.ts, on
 * linkedom) and every island that redraws in the browser call finishPlot, so a figure has the same
 * accessibility markup before and after hydration. Pure: it touches only the node it is given.
 *  - Plot names each mark's <g> (and the frame's <rect>) with aria-label ("line", "x-axis tick"),
 *    which axe reports as a prohibited attribute: a plain <g> has no role that takes a name. The
 *    chart is named once, on its <svg role="img">; mark names move to data-mark (where widget
 *    code finds them, e.g. g[data-mark="cell"]).
 *  - Plot numbers clip-path ids with a counter (plot-clip-1, …) that restarts per process, so two
 *    figures on one page can share an id and clip each other. Every id in a figure gets a prefix
 *    unique to that figure, and every reference to it (url(#…), href="#…") follows.
 *  - Plot writes each dot's position with 15 significant digits and repeats a shared fill on every
 *    dot; a scatter of a few thousand frequencies then weighs hundreds of kilobytes. Dot positions
 *    are rounded to a tenth of a pixel and a fill shared by every dot of a mark moves to its <g>
 *    (fill is inherited), which draws the same picture (compactDots).
 */

export interface FinishOptions {
  /** The chart's accessible name; replaces the one Plot wrote from the spec's ariaLabel. */
  name?: string;
  /** Id prefix; by default a hash of the figure's markup (islands that redraw often pass one). */
  prefix?: string;
}

/** The chart's <svg>: the root itself, or the last <svg> directly inside Plot's <figure> (legends sit deeper or before it). */
export function chartSvg(root: Element): Element | null {
  if (root.tagName.toLowerCase() === 'svg') return root;
  const direct = Array.from(root.children).filter((el) => el.tagName.toLowerCase() === 'svg');
  return direct[direct.length - 1] ?? null;
}

export function accessibleMarks(root: Element, name?: string): void {
  for (const el of Array.from(root.querySelectorAll('[aria-label]'))) {
    if (el.tagName.toLowerCase() === 'svg') continue;
    el.setAttribute('data-mark', el.getAttribute('aria-label') ?? '');
    el.removeAttribute('aria-label');
  }
  if (name !== undefined) chartSvg(root)?.setAttribute('aria-label', name);
  const svgs = root.tagName.toLowerCase() === 'svg' ? [root] : Array.from(root.querySelectorAll('svg'));
  for (const svg of svgs) if (svg.hasAttribute('aria-label') || svg.hasAttribute('aria-description')) svg.setAttribute('role', 'img');
}

export function scopeIds(root: Element, prefix: string): void {
  const ids = new Map<string, string>();
  const withIds = [root, ...Array.from(root.querySelectorAll('[id]'))].filter((el) => el.hasAttribute('id'));
  // Renumber in document order: the same figure always gets the same ids, whatever Plot's counter says.
  withIds.forEach((el, i) => {
    const scoped = `${prefix}-${i}`;
    ids.set(el.getAttribute('id')!, scoped);
    el.setAttribute('id', scoped);
  });
  if (ids.size === 0) return;
  const fix = (value: string) =>
    value
      .replace(/url\(#([^)]+)\)/g, (m, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : m))
      .replace(/^#(.+)$/, (m, id: string) => (ids.has(id) ? `#${ids.get(id)}` : m));
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      if (attr.name === 'id') continue;
      if (attr.value.includes('url(#') || ((attr.name === 'href' || attr.name === 'xlink:href') && attr.value.startsWith('#'))) {
        el.setAttribute(attr.name, fix(attr.value));
      }
    }
  }
}

const tenth = (v: string | null): string | null => {
  const x = v === null ? Number.NaN : Number(v);
  return Number.isFinite(x) ? String(Math.round(x * 10) / 10) : v;
};

/** Dots: positions to 0.1 px, and a fill that every dot of a mark shares written once on the mark. */
export function compactDots(root: Element): void {
  for (const c of Array.from(root.querySelectorAll('circle')))
    for (const a of ['cx', 'cy']) {
      const v = tenth(c.getAttribute(a));
      if (v !== null) c.setAttribute(a, v);
    }
  for (const g of Array.from(root.querySelectorAll('g'))) {
    const kids = Array.from(g.children);
    if (kids.length < 2 || g.hasAttribute('fill') || !kids.every((k) => k.tagName.toLowerCase() === 'circle')) continue;
    const fill = kids[0]!.getAttribute('fill');
    if (fill === null || !kids.every((k) => k.getAttribute('fill') === fill)) continue;
    g.setAttribute('fill', fill);
    for (const k of kids) k.removeAttribute('fill');
  }
}

/** Attributes that hold positions and shapes, in px of the chart's own coordinates. */
const GEOMETRY = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'd', 'points', 'transform'];
/** A number written with two or more decimals (Plot's scales give 15), exponent included. */
const LONG_NUMBER = /-?\d*\.\d{2,}(?:e[-+]?\d+)?/g;

/**
 * Lines, areas, rules and ticks: every long number in their geometry to 0.1 px, as compactDots does
 * for dots. A tenth of a pixel is below what a screen or a 2× PNG shows, and a page of figures, each
 * drawn at two widths, is about a tenth lighter. The root's size and viewBox are left as they are.
 */
export function compactGeometry(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.tagName.toLowerCase() === 'svg') continue;
    for (const name of GEOMETRY) {
      const v = el.getAttribute(name);
      const short = v?.replace(LONG_NUMBER, (n) => tenth(n)!);
      if (short !== undefined && short !== v) el.setAttribute(name, short);
    }
  }
}

/** A short, deterministic prefix from a string (FNV-1a), so builds stay byte-identical. */
export function idPrefixFor(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `f${h.toString(36)}`;
}

/** The markup with ids blanked, so Plot's run-dependent counters do not change the hashed prefix. */
function stableMarkup(root: Element): string {
  return root.outerHTML
    .replace(/\bid="[^"]*"/g, 'id=""')
    .replace(/url\(#[^)]*\)/g, 'url(#)')
    .replace(/href="#[^"]*"/g, 'href="#"');
}

/** Both fixes, in place. */
export function finishPlot<T extends Element>(root: T, options: FinishOptions = {}): T {
  accessibleMarks(root, options.name);
  compactDots(root);
  compactGeometry(root);
  scopeIds(root, options.prefix ?? idPrefixFor(stableMarkup(root)));
  return root;
}
