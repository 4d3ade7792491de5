// Site-wide checks over every page of the real build: errors, foreign requests, CSP violations,
// accessibility in light and dark mode, NaN/Infinity/undefined, links and anchors, layout at 360 and
// 1280 px, keyboard. The 'subpath' project runs them again on a build served under /course/unrolled/,
// so every page is opened relative to the project's base (at()).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from '../../scripts/jsBudget.mjs';
import {
  axeViolations,
  badText,
  brokenFigures,
  cumulativeLayoutShift,
  deadLinks,
  horizontalOverflow,
  internalLinks,
  keyboardProblems,
  mountEverything,
  recordLayoutShifts,
} from './support/checks.ts';
import { guardPage, realConsoleErrors } from './support/guard.ts';
import { cspProblems } from './support/csp.ts';
import { at, basePathOf } from './support/paths.ts';

const pages = builtPages(resolve(process.env.UNROLLED_OUT_DIR ?? 'dist')).map(([url]) => url);

test('the build produced the book pages', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/chapters/sequence-modeling/');
  expect(pages).toContain('/404');
});

test('every built page ships a strict Content-Security-Policy: hashed scripts and styles, nothing from another host', () => {
  const outDir = resolve(String(test.info().project.metadata.outDir ?? 'dist'));
  const problems = builtPages(outDir).flatMap(([url, file]) =>
    cspProblems(readFileSync(file, 'utf8')).map((p) => `${url}: ${p}`),
  );
  expect(problems).toEqual([]);
});

test('an address that is not a page shows the not-found page, and its links lead back into the book', async ({
  page,
  request,
  baseURL,
}) => {
  const guard = await guardPage(page, baseURL!);
  const response = await page.goto(at('/no-such-page/nor-here/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  const links = await internalLinks(page);
  expect(links).toContain(new URL(basePathOf(baseURL!), baseURL).href);
  expect(await deadLinks(request, page, links), 'dead links').toEqual([]);
  expect(guard.foreignRequests, 'requests outside the site').toEqual([]);
  expect(guard.cspViolations).toEqual([]);
});

test('the dark-mode switch says which mode is on, in words and in aria-pressed', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(at('/'));
  const toggle = page.locator('[data-theme-toggle]');
  // biome-ignore lint/performance/useDomNodeTextContent: the words on screen (CSS shows one state) are what is checked.
  const shown = () => toggle.innerText();
  await expect(toggle).toHaveAccessibleName('Dark mode');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await shown()).toMatch(/Dark mode\s+off$/);
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await shown()).toMatch(/Dark mode\s+on$/);
  await page.reload();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await shown()).toMatch(/Dark mode\s+on$/);
});

test('on a phone the chapter list is folded before any script runs, and its button opens it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.route('**/_astro/**/*.js', (route) => route.abort());
  await page.goto(at('/chapters/sequence-modeling/'));
  await expect(page.locator('.sidebar-body')).toBeHidden();
  await expect(page.locator('[data-sidebar-toggle]')).toHaveAttribute('aria-expanded', 'false');
  await page.unrouteAll();
  await page.reload();
  const button = page.locator('[data-sidebar-toggle]');
  await expect(page.locator('.sidebar-body')).toBeHidden();
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.sidebar-body')).toBeVisible();
  await button.click();
  await expect(page.locator('.sidebar-body')).toBeHidden();
});

test('with JavaScript off every page fits 360 and 1280 px, and the chapter keeps the middle column', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // One context for every page (no scripts run, so each load is cheap). A <noscript> among the layout grid's
  // children once took the chapter's cell: the text fell into the 234 px contents column at 1280 px and its
  // maths ran 14 px past the edge.
  const off = await browser.newContext({ javaScriptEnabled: false });
  const page = await off.newPage();
  const problems: string[] = [];
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const url of pages) {
      await page.goto(url);
      const overflow = await horizontalOverflow(page);
      if (overflow > 0) problems.push(`${url} at ${width} px scrolls ${overflow} px sideways`);
      const columns = await page.evaluate(() => {
        const main = document.querySelector('.layout > main')?.getBoundingClientRect();
        const navs = [...document.querySelectorAll('.layout > nav')].map((n) => n.getBoundingClientRect());
        return main ? { main: main.width, navs: navs.map((n) => n.width) } : null;
      });
      if (columns && width === 1280 && columns.navs.some((n) => n >= columns.main))
        problems.push(
          `${url} at ${width} px: the chapter is ${columns.main} px wide, a sidebar ${columns.navs}`,
        );
    }
  }
  await off.close();
  expect(problems).toEqual([]);
});

for (const url of pages) {
  test.describe(`page ${url}`, () => {
    // One load at 1280 px in light mode serves the clean-load checks, axe and the keyboard walk (each page load
    // mounts every figure, and training figures start: loading once instead of three times keeps the suite
    // inside CI's time budget). At the sub-path only the checks that depend on the base path run.
    test('loads cleanly at 1280 px in light mode (no errors, no foreign requests, no bad text, links resolve), then passes axe in light and dark mode and the keyboard walk', async ({
      page,
      request,
      baseURL,
    }) => {
      // axe twice and the keyboard walk on a chapter with every figure mounted: minutes on a loaded machine
      test.setTimeout(240_000);
      const guard = await guardPage(page, baseURL!);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(at(url));
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await mountEverything(page);
      expect(await brokenFigures(page), 'figures in error').toEqual([]);
      expect(await badText(page), 'NaN/Infinity/undefined on screen').toEqual([]);
      expect(await horizontalOverflow(page), 'horizontal scroll at 1280 px').toBe(0);
      const links = await internalLinks(page);
      const base = new URL(basePathOf(baseURL!), baseURL).href;
      expect(
        links.filter((l) => !l.startsWith(base)),
        'links outside the base path',
      ).toEqual([]);
      expect(await deadLinks(request, page, links), 'dead links').toEqual([]);
      expect(guard.foreignRequests, 'requests to other hosts').toEqual([]);
      expect(guard.cspViolations, 'Content-Security-Policy violations').toEqual([]);
      expect(realConsoleErrors(guard), 'console errors').toEqual([]);
      expect(guard.pageErrors, 'uncaught exceptions').toEqual([]);
      if (test.info().project.name === 'subpath') return;
      expect(await axeViolations(page), 'axe violations in light mode').toEqual([]);
      // Dark mode on the same page: the system setting flips, as a reader's does in the evening, and the page
      // follows it live (themeToggle.ts). A second load would mount every figure again for the same DOM; a
      // figure that fixed its colours at mount shows up here as a contrast failure, which a reader would see.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await axeViolations(page, 'contrast'), 'axe contrast violations in dark mode').toEqual([]);
      // last: the walk moves sliders, so the page is no longer in its first state
      expect(await keyboardProblems(page), 'keyboard').toEqual([]);
    });

    // A chapter's phone load also measures how much it shifts while loading, before anything is scrolled: one load
    // instead of two for the pages with the most figures.
    const chapter = url.startsWith('/chapters/');
    const shift = chapter ? ', and does not shift while it loads (CLS < 0.1)' : '';
    test(`fits a 360 px phone without sideways scrolling${shift}`, async ({ page, baseURL }) => {
      const guard = await guardPage(page, baseURL!);
      if (chapter) await recordLayoutShifts(page);
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto(at(url));
      if (chapter) {
        const { cls, shifts } = await cumulativeLayoutShift(page);
        console.log(`CLS ${cls.toFixed(4)} ${url}${shifts.length ? `\n  ${shifts.join('\n  ')}` : ''}`);
        expect.soft(cls, shifts.join('\n')).toBeLessThan(0.1);
      }
      await mountEverything(page);
      expect(await horizontalOverflow(page), 'horizontal scroll at 360 px').toBe(0);
      expect(await badText(page)).toEqual([]);
      expect(guard.cspViolations, 'Content-Security-Policy violations').toEqual([]);
      expect(guard.pageErrors).toEqual([]);
      expect(realConsoleErrors(guard)).toEqual([]);
    });
  });
}
