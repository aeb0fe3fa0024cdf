import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * KaTeX writes every formula twice: MathML (with the TeX source as an annotation) for screen readers
 * and an aria-hidden HTML copy for the eye. Pagefind indexed all three, so excerpts read "0.50.5" or
 * "d=16d = 16". Search keeps what the reader sees, the HTML copy, and leaves the MathML out.
 */
export default function rehypeSearchOnce() {
  return function transform(tree: Root) {
    visit(tree, 'element', (node: Element) => {
      const className = node.properties?.className;
      const classes = Array.isArray(className) ? className.map(String) : [];
      if (classes.includes('katex-mathml')) node.properties['dataPagefindIgnore'] = '';
    });
  };
}
