// Site-wide checks over every page of the real build: errors, foreign requests, accessibility in light
// and dark mode, NaN/Infinity/undefined, links and anchors, layout at 360 and 1280 px, keyboard.
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from '../../scripts/jsBudget.mjs';
import {
  axeViolations,
  badText,
  brokenFigures,
  deadLinks,
  horizontalOverflow,
  internalLinks,
  keyboardProblems,
  mountFigures,
} from './support/checks.ts';
import { guardPage, realConsoleErrors } from './support/guard.ts';

const pages = builtPages(resolve(process.env.UNROLLED_OUT_DIR ?? 'dist')).map(([url]) => url);

test('the build produced the book pages', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/chapters/sequence-modeling/');
  expect(pages).toContain('/404');
});

for (const url of pages) {
  test.describe(`page ${url}`, () => {
    test('loads cleanly at 1280 px: no errors, no foreign requests, no bad text, links resolve', async ({
      page,
      request,
      baseURL,
    }) => {
      const guard = await guardPage(page, baseURL!);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(url);
      await mountFigures(page);
      expect(await brokenFigures(page), 'figures in error').toEqual([]);
      expect(await badText(page), 'NaN/Infinity/undefined on screen').toEqual([]);
      expect(await horizontalOverflow(page), 'horizontal scroll at 1280 px').toBe(0);
      expect(await deadLinks(request, page, await internalLinks(page)), 'dead links').toEqual([]);
      expect(guard.foreignRequests, 'requests to other hosts').toEqual([]);
      expect(realConsoleErrors(guard), 'console errors').toEqual([]);
      expect(guard.pageErrors, 'uncaught exceptions').toEqual([]);
    });

    test('fits a 360 px phone without sideways scrolling', async ({ page, baseURL }) => {
      const guard = await guardPage(page, baseURL!);
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto(url);
      await mountFigures(page);
      expect(await horizontalOverflow(page), 'horizontal scroll at 360 px').toBe(0);
      expect(await badText(page)).toEqual([]);
      expect(guard.pageErrors).toEqual([]);
      expect(realConsoleErrors(guard)).toEqual([]);
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`has no axe violations in ${scheme} mode`, async ({ page, baseURL }) => {
        await guardPage(page, baseURL!);
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(url);
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        await mountFigures(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('every control is reachable by Tab, shows a focus ring, and sliders follow arrow keys', async ({
      page,
      baseURL,
    }) => {
      await guardPage(page, baseURL!);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(url);
      await mountFigures(page);
      expect(await keyboardProblems(page)).toEqual([]);
    });
  });
}
