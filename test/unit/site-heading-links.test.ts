import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import rehypeHeadingLinks from '../../src/plugins/rehype-heading-links';
import rehypeMathScroll from '../../src/plugins/rehype-math-scroll';
import { RESERVED_IDS, copyLinkLabelForFile } from '../../src/plugins/heading-link-config';

const h = (tagName: string, children: Element['children'], properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string) => ({ type: 'text' as const, value });

function run(tree: Root, path = '/x/content/sections/en/01-a.mdx'): Element[] {
  rehypeHeadingLinks({ reserved: RESERVED_IDS, label: copyLinkLabelForFile })(tree, { path });
  return tree.children as Element[];
}

describe('rehype-heading-links', () => {
  it('gives headings readable, unique ids and a copy-link each', () => {
    const tree: Root = { type: 'root', children: [h('h2', [text('Why circles?')]), h('h2', [text('Why circles?')]), h('h3', [text('円の数')])] };
    const [a, b, c] = run(tree);
    expect(a?.properties.id).toBe('why-circles');
    expect(b?.properties.id).toBe('why-circles-1');
    expect(c?.properties.id).toBe('円の数');
    const link = a?.children.at(-1) as Element;
    expect(link.tagName).toBe('a');
    expect(link.properties.href).toBe('#why-circles');
    expect(link.properties.ariaLabel).toBe('Copy link to this section');
    expect(link.children).toEqual([]);
  });

  it('never reuses an id the layout or a figure slot owns', () => {
    const slot = { type: 'mdxJsxFlowElement', name: 'FigureSlot', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'fig-spectrum' }], children: [] };
    const tree = { type: 'root', children: [h('h2', [text('Key points')]), slot, h('h2', [text('fig spectrum')])] } as unknown as Root;
    const [a, , c] = run(tree);
    expect(a?.properties.id).toBe('key-points-1');
    expect(c?.properties.id).toBe('fig-spectrum-1');
  });

  it('uses KaTeX output once, not its MathML and HTML copies', () => {
    const katex = h(
      'span',
      [
        h('span', [h('math', [h('semantics', [h('mi', [text('S')]), h('annotation', [text('S_k')])])])], { className: ['katex-mathml'] }),
        h('span', [text('S')], { className: ['katex-html'] }),
      ],
      { className: ['katex'] },
    );
    const [a] = run({ type: 'root', children: [h('h2', [text('The signal '), katex])] });
    expect(a?.properties.id).toBe('the-signal-s');
  });

  it('labels copy-links in Japanese for Japanese files and keeps an author id', () => {
    const [a] = run({ type: 'root', children: [h('h2', [text('x')], { id: 'own-id' })] }, '/x/content/sections/ja/01-a.mdx');
    expect(a?.properties.id).toBe('own-id');
    expect((a?.children.at(-1) as Element).properties.ariaLabel).toBe('この節へのリンクをコピー');
  });
});

describe('rehype-math-scroll', () => {
  it('makes display equations keyboard-scrollable', () => {
    const display = h('span', [], { className: ['katex-display'] });
    rehypeMathScroll()({ type: 'root', children: [display] });
    expect(display.properties.tabIndex).toBe(0);
  });
});
