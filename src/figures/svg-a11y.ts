/**
 * Plot labels every mark's <g> (and the frame's <rect>) with aria-label ("cell", "line", "x-axis tick"), which axe reports
 * as a prohibited attribute (a plain <g> has no role that takes a name). The charts are described
 * as a whole instead: the root <svg> becomes role="img" with the description as its name, and the
 * mark names move to data-mark (where the widget's code still finds them).
 */
const MARK_LABEL = /<(?!svg\b)(\w+)\b([^>]*?)\saria-label="([^"]*)"/g;

export function accessibleSvgString(markup: string, name: string): string {
  const escaped = name.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  // The root may already be named (renderToString names charts with an ariaLabel): replace, never duplicate.
  const root = /<svg\b[^>]*>/.exec(markup)?.[0] ?? '';
  const bare = root.replace(/\s(role|aria-label)="[^"]*"/g, '');
  return markup
    .replace(root, bare)
    .replace(MARK_LABEL, '<$1$2 data-mark="$3"')
    .replace(/<svg\b/, `<svg role="img" aria-label="${escaped}"`);
}

export function accessibleSvg<T extends Element>(node: T, name: string): T {
  for (const g of node.querySelectorAll(':not(svg)[aria-label]')) {
    g.setAttribute('data-mark', g.getAttribute('aria-label') ?? '');
    g.removeAttribute('aria-label');
  }
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  svg?.setAttribute('role', 'img');
  svg?.setAttribute('aria-label', name);
  return node;
}
