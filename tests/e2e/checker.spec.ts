// Tests of the checker itself: each site-wide check must report the fault planted in a broken fixture
// page. The fixture is served through a route, so the real build never contains it.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { overBudget } from './support/budget.ts';
import {
  axeViolations,
  badText,
  brokenFigures,
  cumulativeLayoutShift,
  deadLinks,
  horizontalOverflow,
  internalLinks,
  keyboardProblems,
  recordLayoutShifts,
} from './support/checks.ts';
import { guardPage, type PageGuard, realConsoleErrors } from './support/guard.ts';

const FIXTURE = readFileSync('tests/fixtures/broken-page.html', 'utf8');
const PATH = '/__fixture__/broken/';

async function openFixture(page: Page, baseURL: string): Promise<PageGuard> {
  const guard = await guardPage(page, baseURL);
  await page.route(`${baseURL}${PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: FIXTURE }),
  );
  await page.goto(PATH);
  await page.waitForTimeout(100);
  return guard;
}

test.describe('the site-wide checker', () => {
  test('reports console errors, uncaught exceptions and requests to other hosts', async ({
    page,
    baseURL,
  }) => {
    const guard = await openFixture(page, baseURL!);
    expect(realConsoleErrors(guard).some((e) => e.startsWith('deliberate console error'))).toBe(true);
    expect(guard.pageErrors).toContain('deliberate uncaught exception');
    expect(guard.foreignRequests).toContain('https://example.com/pixel.png');
  });

  test('reports NaN and undefined in rendered text', async ({ page, baseURL }) => {
    await openFixture(page, baseURL!);
    const found = await badText(page);
    expect(found.some((f) => f.startsWith('"NaN"'))).toBe(true);
  });

  test('reports a figure whose error boundary fired', async ({ page, baseURL }) => {
    await openFixture(page, baseURL!);
    expect(await brokenFigures(page)).toEqual(['broken-widget: boom']);
  });

  test('reports a link to a missing page and a missing anchor', async ({ page, request, baseURL }) => {
    await openFixture(page, baseURL!);
    const dead = await deadLinks(request, page, await internalLinks(page));
    expect(dead).toContain(`${baseURL}/no-such-page/ → HTTP 404`);
    expect(dead).toContain(`${baseURL}${PATH}#missing-anchor → no element with id "missing-anchor"`);
  });

  test('reports sideways scrolling at 360 and 1280 px', async ({ page, baseURL }) => {
    await openFixture(page, baseURL!);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await horizontalOverflow(page)).toBeGreaterThan(0);
    }
  });

  test('reports axe violations, and a contrast failure that exists only in dark mode', async ({
    page,
    baseURL,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openFixture(page, baseURL!);
    const light = await axeViolations(page);
    expect(light.some((v) => v.startsWith('label'))).toBe(true);
    expect(light.some((v) => v.includes('.dark-only-bad'))).toBe(false);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    const dark = await axeViolations(page);
    expect(dark.some((v) => v.startsWith('color-contrast') && v.includes('.dark-only-bad'))).toBe(true);
  });

  test('reports a missing focus ring, an unreachable control and a slider arrows cannot move', async ({
    page,
    baseURL,
  }) => {
    await openFixture(page, baseURL!);
    const problems = await keyboardProblems(page);
    expect(problems.some((p) => p.startsWith('no visible focus ring on button'))).toBe(true);
    expect(
      problems.some((p) => p.includes('Tab never reaches div') && p.includes('A control Tab cannot reach')),
    ).toBe(true);
    expect(problems.some((p) => p.startsWith('arrow keys do not move slider'))).toBe(true);
  });

  test('reports a page whose content jumps after it has painted (layout shift)', async ({
    page,
    baseURL,
  }) => {
    const path = '/__fixture__/shifting/';
    await page.route(`${baseURL}${path}`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Shifting</title></head><body><main>
          <h1>Shifting</h1><p>${'Text that is pushed down. '.repeat(40)}</p></main>
          <script>requestAnimationFrame(() => requestAnimationFrame(() => {
            const box = document.createElement('div'); box.style.height = '400px';
            document.querySelector('main').prepend(box);
          }));</script></body></html>`,
      }),
    );
    await recordLayoutShifts(page);
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(path);
    await expect.poll(async () => (await cumulativeLayoutShift(page)).cls).toBeGreaterThan(0.1);
  });

  test('reports two landmarks with one name and a field named only by its title (axe best practices)', async ({
    page,
    baseURL,
  }) => {
    const path = '/__fixture__/landmarks/';
    await page.route(`${baseURL}${path}`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>Landmarks</title></head><body><main><h1>Landmarks</h1>
          <section aria-label="Output"><p>one</p></section><section aria-label="Output"><p>two</p></section>
          <input type="text" title="Search" /></main></body></html>`,
      }),
    );
    await page.goto(path);
    const found = await axeViolations(page);
    expect(found.some((v) => v.startsWith('landmark-unique'))).toBe(true);
    expect(found.some((v) => v.startsWith('label-title-only'))).toBe(true);
  });

  test('reports a chapter over the JavaScript budget', () => {
    expect(
      overBudget([
        { url: '/chapters/fat/', gzipBytes: 151 * 1024 },
        { url: '/chapters/lean/', gzipBytes: 20 * 1024 },
      ]),
    ).toEqual(['/chapters/fat/: 151.0 KB > 150 KB']);
  });
});
