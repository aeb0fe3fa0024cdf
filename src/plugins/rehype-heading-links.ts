import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Gives every heading in an MDX/markdown document a readable, unique id (Astro's own slugger,
 * so ids match what Astro would have chosen) and appends a copy-link anchor to it.
 *
 * Runs before Astro's rehypeHeadingIds, which then keeps our ids. Ids the page layout uses
 * itself (key-points, …) and FigureSlot ids are reserved first, so a heading can never
 * collide with them. Math inside a heading contributes its visible text once, not KaTeX's
 * MathML and HTML copies.
 */
export interface HeadingLinkOptions {
  /** Ids the layout around the content already uses. */
  reserved?: string[];
  /** The copy-link's accessible name for a document at `filePath`. */
  label: (filePath: string) => string;
}

const HEADING = /^h[1-6]$/;

function classList(node: Element): string[] {
  const value = node.properties?.className as unknown;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/** The heading's readable text: skips KaTeX's duplicate renderings and earlier copy-links. */
export function headingText(node: Element | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') {
    // MDX text expressions such as {frontmatter.x} carry their text as `value`.
    const value = (node as { value?: unknown }).value;
    return (node.type as string) === 'mdxTextExpression' && typeof value === 'string' ? value : '';
  }
  const classes = classList(node);
  if (classes.includes('katex-html') || classes.includes('copy-link')) return '';
  if (node.tagName === 'annotation') return '';
  return node.children.map((child) => headingText(child)).join('');
}

export function slugify(slugger: GithubSlugger, text: string): string {
  let slug = slugger.slug(text.trim());
  if (slug.endsWith('-')) slug = slug.slice(0, -1);
  return slug || slugger.slug('section');
}

export default function rehypeHeadingLinks(options: HeadingLinkOptions) {
  return function transform(tree: Root, file: { path?: string; history?: string[] }) {
    const slugger = new GithubSlugger();
    for (const id of options.reserved ?? []) slugger.slug(id);
    visit(tree, (node) => {
      const jsx = node as unknown as { type: string; name?: string; attributes?: { name?: string; value?: unknown }[] };
      if (jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') {
        const id = jsx.attributes?.find((a) => a.name === 'id')?.value;
        if (typeof id === 'string') slugger.slug(id);
      }
    });
    const label = options.label(file.path ?? file.history?.[0] ?? '');
    visit(tree, 'element', (node: Element) => {
      if (!HEADING.test(node.tagName)) return;
      node.properties ??= {};
      let id = node.properties.id;
      if (typeof id !== 'string' || id === '') {
        id = slugify(slugger, headingText(node));
        node.properties.id = id;
      } else {
        slugger.slug(id);
      }
      if (node.children.some((child) => child.type === 'element' && classList(child).includes('copy-link'))) return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['copy-link'],
          href: `#${id}`,
          ariaLabel: label,
          dataCopyLink: '',
          dataPagefindIgnore: '',
        },
        children: [],
      });
    });
  };
}
