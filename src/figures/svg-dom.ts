/**
 * Post-processing every Plot SVG needs before it goes on a page, on the server (linkedom) and in
 * the browser alike:
 *  - Plot names each mark's <g> (and the frame's <rect>) with aria-label ("line", "x-axis tick"),
 *    which axe reports as a prohibited attribute: a plain <g> has no role that takes a name. The
 *    chart is named once on its root <svg role="img">; mark names move to data-mark.
 *  - Plot numbers clip-path ids with a counter (plot-clip-1, …) that restarts per process, so two
 *    figures on one page can share an id and clip each other. Every id in a figure gets a prefix
 *    unique to that figure, and every reference to it (url(#…), href="#…") follows.
 */

export function accessibleMarks(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('[aria-label]'))) {
    if (el.tagName.toLowerCase() === 'svg') continue;
    el.setAttribute('data-mark', el.getAttribute('aria-label') ?? '');
    el.removeAttribute('aria-label');
  }
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

/** A short, deterministic prefix from a string (FNV-1a), so builds stay byte-identical. */
export function idPrefixFor(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `f${h.toString(36)}`;
}

/** Both fixes, in place. */
export function finishPlot<T extends Element>(root: T, prefix?: string): T {
  accessibleMarks(root);
  // Hash the markup with ids blanked, so Plot's run-dependent counters do not change the prefix.
  const stable = root.outerHTML
    .replace(/\bid="[^"]*"/g, 'id=""')
    .replace(/url\(#[^)]*\)/g, 'url(#)')
    .replace(/href="#[^"]*"/g, 'href="#"');
  scopeIds(root, prefix ?? idPrefixFor(stable));
  return root;
}
