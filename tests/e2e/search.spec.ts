// Full-text search over the built book: a query from the header finds chapter text, and the results
// are accessible in light and dark mode.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { axeViolations, mountSearchUI } from './support/checks.ts';
import { guardPage, realConsoleErrors } from './support/guard.ts';
import { at, basePathOf } from './support/paths.ts';

/**
 * The results' excerpts once every one has loaded. Pagefind draws each result with a placeholder of
 * dots until its fragment arrives, so reading them as soon as the first result shows can see none.
 */
async function loadedExcerpts(page: Page): Promise<Locator> {
  const excerpts = page.locator('.pagefind-ui__result-excerpt');
  await expect(excerpts.first()).toBeVisible();
  await expect
    .poll(async () => (await excerpts.allTextContents()).some((t) => /^[\s.]*$/.test(t)))
    .toBe(false);
  return excerpts;
}

/** The result link to Chapter 1, under the project's base path (the 'subpath' project runs this spec too). */
const chapterOneResult = (baseURL: string) =>
  `a.pagefind-ui__result-link[href="${basePathOf(baseURL)}chapters/sequence-modeling/"]`;

for (const scheme of ['light', 'dark'] as const) {
  test(`searching from the header finds chapter text (${scheme} mode, axe clean)`, async ({
    page,
    baseURL,
  }) => {
    const guard = await guardPage(page, baseURL!);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(at('/'));
    await page.locator('#site-search').fill('conditional probability');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=conditional/);
    const result = page.locator(chapterOneResult(baseURL!));
    await expect(result).toBeVisible();
    await mountSearchUI(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
    expect(guard.cspViolations).toEqual([]);
    expect(realConsoleErrors(guard)).toEqual([]);
  });
}

test('a 100 KB query is cut to 200 characters before it reaches the URL, and the reader is told', async ({
  page,
  baseURL,
}) => {
  const guard = await guardPage(page, baseURL!);
  await page.goto(at('/'));
  const box = page.locator('#site-search');
  await expect(box).toHaveAttribute('maxlength', '200');
  await box.fill('conditional probability '.repeat(4200));
  await expect(page.locator('[data-search-note]')).toContainText('at most 200 characters');
  // A value set by a script is not bound by maxlength; the submit guard cuts it.
  await box.evaluate((el, v) => {
    (el as HTMLInputElement).value = v;
  }, 'conditional probability '.repeat(4200));
  const [response] = await Promise.all([page.waitForResponse(/\/search\/\?q=/), box.press('Enter')]);
  expect(response.status()).toBe(200);
  const q = new URL(page.url()).searchParams.get('q') ?? '';
  expect(q.length).toBeGreaterThan(0);
  expect(q.length).toBeLessThanOrEqual(200);
  await expect(page.locator(chapterOneResult(baseURL!))).toBeVisible();
  expect(realConsoleErrors(guard)).toEqual([]);
});

test('a long query in a link is searched up to 200 characters, and the page says so', async ({ page }) => {
  await page.goto(`./search/?q=${encodeURIComponent('conditional probability '.repeat(100))}`);
  await expect(page.locator('[data-search-status]')).toContainText('at most 200 characters');
  await expect(page.locator('input.pagefind-ui__search-input')).toHaveValue(
    'conditional probability '.repeat(100).slice(0, 200),
  );
  await expect(page.locator('input.pagefind-ui__search-input')).toHaveAccessibleName('Search the book');
});

test('a glossary definition is indexed once, on the glossary page, not again beside every <Term>', async ({
  page,
}) => {
  // The words of the "hidden state" definition, which Chapters 0, 3 and 6 use as a <Term>.
  await page.goto(`./search/?q=${encodeURIComponent('an RNN carries between steps')}`);
  await loadedExcerpts(page);
  const results = page.locator('.pagefind-ui__result');
  const found = await results.evaluateAll((rs) =>
    rs.map((r) => ({
      href: r.querySelector('a.pagefind-ui__result-link')?.getAttribute('href') ?? '',
      excerpt: r.querySelector('.pagefind-ui__result-excerpt')?.textContent ?? '',
    })),
  );
  const quoting = found.filter((r) => /carries between steps/.test(r.excerpt)).map((r) => r.href);
  // at a sub-path the glossary's address carries the base
  expect(quoting).toHaveLength(1);
  expect(quoting[0]).toMatch(/\/glossary\/$/);
});

test('search excerpts show each formula once, as plain text, not KaTeX’s layers ("hth_tht")', async ({
  page,
}) => {
  // words beside $h_t$ in the chapters (not a glossary definition, which is indexed on the glossary only)
  await page.goto(`./search/?q=${encodeURIComponent('a vector of numbers that it updates once per token')}`);
  const excerpts = await loadedExcerpts(page);
  const texts = await excerpts.allTextContents();
  // some excerpt quotes a formula, once, as its plain text
  expect(texts.join(' ').replace(/\s+/g, ' ')).toMatch(/\bh_t\b/);
  for (const t of texts) {
    expect(t).not.toMatch(/hth_tht|ht−1h_\{t-1\}|\\[a-z]+/);
  }
});
