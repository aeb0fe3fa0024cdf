// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeHeadingLinks from './src/plugins/rehype-heading-links.ts';
import rehypeMathScroll from './src/plugins/rehype-math-scroll.ts';
import rehypeSearchOnce from './src/plugins/rehype-search-once.ts';
import { RESERVED_IDS, copyLinkLabelForFile } from './src/plugins/heading-link-config.ts';

// Static site; KaTeX is rendered at build time (remark-math + rehype-katex), its CSS and
// fonts are bundled by Vite from the katex package, so nothing is fetched from a CDN.
export default defineConfig({
  site: 'https://fittest.example',
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    remarkPlugins: [remarkMath],
    // Heading ids + copy-links run after KaTeX so math in headings is already rendered.
    rehypePlugins: [rehypeKatex, rehypeMathScroll, rehypeSearchOnce, [rehypeHeadingLinks, { reserved: RESERVED_IDS, label: copyLinkLabelForFile }]],
  },
  vite: {
    // Module workers (the training engine's): code-splitting builds cannot emit IIFE workers.
    worker: { format: 'es' },
    build: {
      // Fonts stay files: inlined as data: URIs they would break the CSP's font-src 'self'.
      assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
      // tfjs islands are large by nature; they are split and loaded lazily (see src/islands).
      chunkSizeWarningLimit: 1200,
    },
  },
});
