// Takes full-page screenshots of built pages at phone and laptop width, in light and dark mode, for a
// human to look at: `npm run build && npm run preview` in one shell, then
// `npx node scripts/screenshot.mjs /chapters/sequence-modeling/ [more paths…]` (PNGs land in /tmp/shots).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const out = process.env.SHOTS ?? '/tmp/shots';
const paths = process.argv.slice(2);
if (paths.length === 0) paths.push('/');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
for (const path of paths) {
  for (const [label, width, height] of [
    ['phone', 360, 780],
    ['laptop', 1280, 860],
  ]) {
    for (const scheme of (process.env.SCHEMES ?? 'light').split(',')) {
      const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
      await page.goto(base + path);
      // Bring every figure into view so live widgets mount, then return to the top.
      for (const fig of await page.locator('book-figure').all()) {
        await fig.scrollIntoViewIfNeeded();
        await page.waitForTimeout(300);
      }
      await page.waitForTimeout(500);
      await page.evaluate(() => window.scrollTo(0, 0));
      const name = `${path.replace(/[^a-z0-9]+/gi, '_')}-${label}-${scheme}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL !== '0' });
      console.log(`${out}/${name}`);
      await page.close();
    }
  }
}
await browser.close();
