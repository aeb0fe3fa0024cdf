// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

// Static site; KaTeX is rendered at build time (remark-math + rehype-katex), its CSS and
// fonts are bundled by Vite from the katex package, so nothing is fetched from a CDN.
export default defineConfig({
  site: 'https://fittest.example',
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    remarkPlugins: [remarkMath],
    rehypePlugins: [rehypeKatex],
  },
  vite: {
    build: {
      // tfjs islands are large by nature; they are split and loaded lazily (see src/islands).
      chunkSizeWarningLimit: 1200,
    },
  },
});
