// Full-text search over the built book: a query from the header finds chapter text, and the results
// are accessible in light and dark mode.
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/checks.ts';
import { guardPage, realConsoleErrors } from './support/guard.ts';

for (const scheme of ['light', 'dark'] as const) {
  test(`searching from the header finds chapter text (${scheme} mode, axe clean)`, async ({
    page,
    baseURL,
  }) => {
    const guard = await guardPage(page, baseURL!);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await page.locator('#site-search').fill('conditional probability');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=conditional/);
    const result = page.locator('a.pagefind-ui__result-link[href="/chapters/sequence-modeling/"]');
    await expect(result).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(guard.foreignRequests).toEqual([]);
    expect(realConsoleErrors(guard)).toEqual([]);
  });
}
