// The book sets its own type: the shipped families load from the site itself, and the glyphs on screen
// are drawn with them (not with a reader's system font that happens to match a name in the stack).
import { expect, type Page, test } from '@playwright/test';
import { guardPage } from './support/guard.ts';

const CHAPTER = '/chapters/rnns/';

/** The fonts Chromium actually drew a node's text with, by family name (DevTools' "Rendered Fonts"). */
async function renderedFamilies(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  expect(nodeId, `no node matches ${selector}`).toBeGreaterThan(0);
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => f.familyName);
}

test('a chapter draws its prose, headings and maths with the shipped fonts, all from the site', async ({
  page,
  baseURL,
}) => {
  const guard = await guardPage(page, baseURL!);
  const fontFiles: { url: string; bytes: number }[] = [];
  page.on('response', async (response) => {
    if (!/\.(woff2?|ttf|otf)(\?|$)/.test(response.url())) return;
    fontFiles.push({ url: response.url(), bytes: (await response.body()).length });
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(CHAPTER);
  await page.evaluate(() => document.fonts.ready);

  const loaded = await page.evaluate(() =>
    [...document.fonts]
      .filter((f) => f.status === 'loaded')
      .map((f) => `${f.family.replaceAll('"', '')} ${f.style} ${f.weight}`),
  );
  expect(loaded).toContain('Source Serif 4 normal 400');
  expect(loaded).toContain('Source Sans 3 Variable normal 200 900');
  expect(await page.evaluate(() => document.fonts.check('16px "Source Serif 4"'))).toBe(true);
  expect(await page.evaluate(() => document.fonts.check('700 16px "Source Sans 3 Variable"'))).toBe(true);

  const bodyFamily = await page
    .locator('article.prose > p')
    .first()
    .evaluate((p) => getComputedStyle(p).fontFamily);
  expect(bodyFamily).toMatch(/^"?Source Serif 4"?,/);
  expect(await renderedFamilies(page, 'article.prose > p')).toContain('Source Serif 4');
  // The variable face reports its default instance's name ("Source Sans 3 ExtraLight"): still the shipped file.
  expect((await renderedFamilies(page, 'main h1')).some((f) => f.startsWith('Source Sans 3'))).toBe(true);
  // KaTeX keeps its own Computer Modern-like faces for the maths beside the prose.
  expect(
    (await renderedFamilies(page, 'article.prose .katex .mord')).some((f) => f.startsWith('KaTeX')),
  ).toBe(true);

  const total = fontFiles.reduce((sum, f) => sum + f.bytes, 0);
  console.log(
    `${fontFiles.length} font files, ${(total / 1024).toFixed(1)} KB on ${CHAPTER}:\n  ${fontFiles
      .map((f) => `${(f.bytes / 1024).toFixed(1)} KB ${new URL(f.url).pathname}`)
      .join('\n  ')}`,
  );
  expect(fontFiles.length).toBeGreaterThan(0);
  expect(fontFiles.every((f) => f.url.startsWith(baseURL!))).toBe(true);
  expect(guard.foreignRequests, 'requests to other hosts').toEqual([]);
});

test('every shipped font face is a woff2 bundled into the build, and the page still reads while fonts are blocked', async ({
  page,
  baseURL,
}) => {
  const guard = await guardPage(page, baseURL!);
  await page.goto(CHAPTER);
  const sources = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) =>
      [...sheet.cssRules]
        .filter((r): r is CSSFontFaceRule => r instanceof CSSFontFaceRule)
        .map((r) => ({
          family: r.style.getPropertyValue('font-family'),
          src: r.style.getPropertyValue('src'),
          display: r.style.getPropertyValue('font-display'),
        })),
    ),
  );
  const shipped = sources.filter((s) => /Source (Serif 4|Sans 3 Variable|Code Pro)"?$/.test(s.family));
  expect(shipped.length).toBeGreaterThan(0);
  for (const face of shipped) {
    expect(face.src, face.family).toMatch(/url\("?\/_astro\/[^)]+\.woff2"?\)/);
    expect(face.display, face.family).toBe('swap');
  }
  const fallbacks = sources.filter((s) => s.family.includes('Fallback'));
  expect(fallbacks.length).toBeGreaterThan(0);
  expect(fallbacks.map((s) => s.src).every((src) => src.startsWith('local('))).toBe(true);
  expect(guard.foreignRequests).toEqual([]);

  // With every font file refused the text falls back to the local faces: nothing hidden, nothing broken.
  await page.route(/\.woff2?$/, (route) => route.abort());
  await page.reload();
  await page.evaluate(() => document.fonts.ready);
  await expect(page.locator('main h1')).toBeVisible();
  expect(await renderedFamilies(page, 'article.prose > p')).not.toContain('Source Serif 4');
});
