// Astro configuration: static output, MDX chapters through Sätteri with the book plugin (math, numbering),
// built for any host and base path (SITE, BASE) and locked down by a Content-Security-Policy on every page.
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import { INLINE_SCRIPTS, INLINE_STYLES } from './src/components/layout/inlineSources.ts';
import { bookPlugin } from './src/lib/markup/bookPlugin.ts';
import { siteFromEnv } from './src/lib/siteEnv.ts';

const { site, base } = siteFromEnv(process.env);
/** A CSP source for one inline script or style, hashed as the browser hashes the element's text. */
const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

export default defineConfig({
  // SITE: the address readers use (https://uni.example); BASE: the folder the book lives in (/course/unrolled/).
  site,
  base,
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
  // A <meta> Content-Security-Policy on every page: Astro hashes each script and stylesheet it emits, and
  // nothing may come from another host. 'wasm-unsafe-eval' lets WebAssembly compile (Pagefind's search,
  // the engine's SIMD kernel) without allowing eval. Style attributes (style="…") stay allowed: KaTeX
  // writes hundreds of them into every chapter's math at build time, and a style attribute cannot run
  // script or load anything from another host (img-src, font-src still say 'self').
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        // data: images only: Pagefind's stylesheet draws its search icon as an inline SVG; an image cannot run script.
        "img-src 'self' data:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The theme script and the <noscript> styles are the only inline code (inlineSources.ts).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: INLINE_SCRIPTS.map(sha256) },
      styleDirective: {
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
        hashes: INLINE_STYLES.map(sha256),
      },
    },
  },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
