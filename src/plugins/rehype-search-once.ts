import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * KaTeX writes every formula twice: MathML for screen readers and an aria-hidden HTML copy for the
 * eye. Pagefind indexed both, so excerpts read "0.50.5". The hidden copy is left out of the index.
 */
export default function rehypeSearchOnce() {
  return function transform(tree: Root) {
    visit(tree, 'element', (node: Element) => {
      const className = node.properties?.className;
      const classes = Array.isArray(className) ? className.map(String) : [];
      if (classes.includes('katex-html')) node.properties['dataPagefindIgnore'] = '';
    });
  };
}
