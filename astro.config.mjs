// Astro configuration: static output, MDX chapters through Sätteri with the book plugin (math, numbering).
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { bookPlugin } from './src/lib/markup/bookPlugin.ts';

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'ignore',
  // UNROLLED_OUT_DIR lets parallel test runs build into their own folders.
  outDir: process.env.UNROLLED_OUT_DIR ?? './dist',
  build: { format: 'directory' },
  markdown: {
    // Plain code blocks in the book's own colours: Shiki's themes fail contrast checks in one mode or the other.
    syntaxHighlight: false,
    processor: satteri({
      features: { math: true },
      mdastPlugins: [bookPlugin],
    }),
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
