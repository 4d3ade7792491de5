// Screenshots of single figures at phone and laptop width, light and dark, with and without JavaScript, for a
// human to look at. Against a running preview: BASE_URL=http://127.0.0.1:4405 npx node scripts/figure-shots.mjs
//   /chapters/gates/#gate-highway [more chapter#figure …]   (PNGs land in $SHOTS, default /tmp/shots)
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const out = process.env.SHOTS ?? '/tmp/shots';
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
const modes = (process.env.MODES ?? 'js,nojs').split(',');
for (const target of process.argv.slice(2)) {
  const [path, fid] = target.split('#');
  for (const [label, width] of [
    ['phone', 360],
    ['laptop', 1280],
  ])
    for (const theme of ['light', 'dark'])
      for (const mode of modes) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          javaScriptEnabled: mode === 'js',
        });
        const page = await context.newPage();
        await page.goto(base + path + (process.env.QUERY ?? ''));
        if (theme === 'dark')
          await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
        const fig = page.locator(`book-figure[fid="${fid}"]`);
        await fig.scrollIntoViewIfNeeded();
        if (mode === 'js') {
          await page
            .waitForSelector(`book-figure[fid="${fid}"][data-status="ready"]`, { timeout: 30_000 })
            .catch(() => {});
          await page.waitForTimeout(Number(process.env.WAIT ?? 800));
        }
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        const name = `${fid}-${label}-${theme}-${mode}${process.env.TAG ? `-${process.env.TAG}` : ''}.png`;
        await fig.screenshot({ path: `${out}/${name}` });
        console.log(`${out}/${name}${sideways ? '  (page scrolls sideways!)' : ''}`);
        await context.close();
      }
}
await browser.close();
