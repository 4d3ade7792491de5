// Appendix A: each engine example runs in the page and prints what the same code printed in Node at
// build time (the deterministic ones match line for line).
import { expect, test } from '@playwright/test';

for (const name of ['gradients', 'vanishing']) {
  test(`the ${name} example runs in the browser and matches its build-time output`, async ({ page }) => {
    await page.goto('/chapters/engine/');
    const figure = page.locator(`book-figure[widget="engine-example-${name}"]`);
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-status', 'ready');
    const built = await figure.locator('.figure-static .example-output').textContent();
    await figure.locator('.figure-live button').click();
    await expect(figure.locator('.figure-live .widget-note')).toContainText('Ran in');
    const live = await figure.locator('.figure-live .example-output').textContent();
    expect(live?.trim()).toBe(built?.trim());
    expect(live).toMatch(/\S/);
  });
}

test('the training-protocol example finishes in the page', async ({ page }) => {
  await page.goto('/chapters/engine/');
  const figure = page.locator('book-figure[widget="engine-example-worker"]');
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('.figure-live button').click();
  await expect(figure.locator('.figure-live .widget-note')).toContainText('Ran in', { timeout: 60_000 });
  await expect(figure).toHaveAttribute('data-status', 'ready');
});
