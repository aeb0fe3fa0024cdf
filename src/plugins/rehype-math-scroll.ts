import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Display equations scroll sideways inside their own box on narrow screens (global.css).
 * A scrolling box must be reachable by keyboard, so each one becomes a focusable group.
 */
export default function rehypeMathScroll() {
  return function transform(tree: Root) {
    visit(tree, 'element', (node: Element) => {
      const className = node.properties?.className;
      const classes = Array.isArray(className) ? className.map(String) : [];
      if (classes.includes('katex-display')) {
        node.properties.tabIndex = 0;
      }
    });
  };
}
