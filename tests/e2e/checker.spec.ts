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
import { cspProblems } from './support/csp.ts';
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
    // the site spec's dark pass checks contrast only: it must still catch this
    const dark = await axeViolations(page, 'contrast');
    expect(dark.some((v) => v.startsWith('color-contrast') && v.includes('.dark-only-bad'))).toBe(true);
    expect(dark.some((v) => v.startsWith('label'))).toBe(false);
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

  test('reports what a page’s Content-Security-Policy refused: an inline script, a style block, a foreign image', async ({
    page,
    baseURL,
  }) => {
    const guard = await guardPage(page, baseURL!);
    const path = '/__fixture__/csp/';
    await page.route(`${baseURL}${path}`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>CSP</title>
          <meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self'">
          <style>body { color: red; }</style></head><body><main><h1>CSP</h1>
          <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
          <script>document.title = 'ran';</script></main></body></html>`,
      }),
    );
    await page.goto(path);
    // Each refusal arrives twice, as a console line and as a violation event, in no fixed order: wait for the
    // three events themselves, not for any three entries.
    for (const refused of [
      'script-src-elem blocked inline',
      'style-src-elem blocked inline',
      'img-src blocked data',
    ])
      await expect.poll(() => guard.cspViolations.join('\n')).toContain(refused);
    expect(await page.title()).toBe('CSP');
  });

  test('reports a built page with no policy, a loose one, or inline code the policy does not hash', () => {
    const head = (policy: string, body = '') =>
      `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
    const strict =
      "default-src 'self'; connect-src 'self'; worker-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' 'sha256-AAAA'; style-src 'self' 'sha256-BBBB'";
    expect(cspProblems(head(strict))).toEqual([]);
    expect(cspProblems('<html><head></head></html>')).toEqual(['no Content-Security-Policy meta element']);
    expect(
      cspProblems(head(strict.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))),
    ).toContain("script-src allows 'unsafe-inline'");
    expect(
      cspProblems(head(strict.replace("connect-src 'self'", "connect-src 'self' https://cdn.example"))),
    ).toEqual(expect.arrayContaining(['connect-src allows https://cdn.example']));
    expect(cspProblems(head(strict, '<noscript><style>.x{}</style></noscript>'))).toEqual([
      'inline <style> not in style-src: .x{}',
    ]);
    expect(cspProblems(`<script src="/a.js"></script>${head(strict)}`)).toEqual([
      'a script or style comes before the policy',
    ]);
    expect(cspProblems(head(strict, '<script>alert(1)</script>'))).toEqual([
      'inline <script> not in script-src: alert(1)',
    ]);
    // a data block is never run, so the policy does not cover it; every type a browser runs is checked
    expect(cspProblems(head(strict, '<script type="application/json" data-x>{"a":1}</script>'))).toEqual([]);
    for (const type of ['module', 'text/javascript', 'importmap', 'Application/ECMAScript', ''])
      expect(cspProblems(head(strict, `<script type="${type}">run()</script>`))).toEqual([
        'inline <script> not in script-src: run()',
      ]);
  });
});
