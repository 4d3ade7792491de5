// Measures the local-fallback overrides in src/styles/fonts.css: how much wider the shipped fonts set
// English prose than their metric-compatible local stand-ins, and where they put the baseline. Run with
// `npx node scripts/fontFallbackMetrics.mjs` (needs Chromium and the Liberation fonts) after changing a font.
import { chromium } from '@playwright/test';
const nm = new URL('../node_modules', import.meta.url).pathname;
const faces = {
  serif: {
    web: `${nm}/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2`,
    local: 'Liberation Serif',
  },
  serifItalic: {
    web: `${nm}/@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2`,
    local: 'Liberation Serif',
    style: 'italic',
  },
  serifBold: {
    web: `${nm}/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2`,
    local: 'Liberation Serif',
    weight: 700,
  },
  sans: {
    web: `${nm}/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2`,
    local: 'Liberation Sans',
  },
  mono: {
    web: `${nm}/@fontsource/source-code-pro/files/source-code-pro-latin-400-normal.woff2`,
    local: 'Liberation Mono',
  },
};
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--allow-file-access-from-files'],
});
const page = await browser.newPage();
await page.setContent('<!doctype html><title>metrics</title>');
const fs = await import('node:fs');
for (const [name, f] of Object.entries(faces)) {
  const b64 = fs.readFileSync(f.web).toString('base64');
  const r = await page.evaluate(
    async ({ b64, local, style, weight }) => {
      const web = new FontFace('W', `url(data:font/woff2;base64,${b64})`, {
        style: style ?? 'normal',
        weight: String(weight ?? 400),
      });
      await web.load();
      document.fonts.add(web);
      const ctx = document.createElement('canvas').getContext('2d');
      // English prose, so widths are weighted by how often letters occur in running text.
      const text =
        'The hidden state carries what the network has read so far; each step mixes the new input with it. Gradients flow back through time, 0123456789.';
      const m = (fam) => {
        ctx.font = `${style ?? 'normal'} ${weight ?? 400} 100px ${fam}`;
        const t = ctx.measureText(text);
        return { w: t.width, a: t.fontBoundingBoxAscent, d: t.fontBoundingBoxDescent };
      };
      return { web: m('W'), local: m(`"${local}"`) };
    },
    { b64, local: f.local, style: f.style, weight: f.weight },
  );
  const size = r.web.w / r.local.w;
  console.log(
    name,
    JSON.stringify(r),
    'size-adjust',
    (size * 100).toFixed(2) + '%',
    'ascent',
    (r.web.a / size).toFixed(2) + '%',
    'descent',
    (r.web.d / size).toFixed(2) + '%',
  );
}
await browser.close();
