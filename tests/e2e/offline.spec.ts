// The book after one visit with the network cut: the service worker's copy serves other chapters, a
// figure's corpus data, a training figure's Worker, search, the not-found page and a chapter's address
// typed without its trailing slash; then a new deploy
// (the same worker script with a comment added, by a proxy in front of the preview server) brings the
// update prompt, and Reload takes it.
// Runs at the root and, in the 'subpath' project, under /course/unrolled/ (the worker's scope is the base).
import { test as base, expect } from '@playwright/test';
import { type DeployProxy, startDeployProxy } from './support/deployProxy.ts';
import { guardPage, realConsoleErrors } from './support/guard.ts';
import { basePathOf } from './support/paths.ts';

const test = base.extend<{ deploys: DeployProxy }>({
  deploys: async ({ baseURL }, use) => {
    const proxy = await startDeployProxy(baseURL!);
    await use(proxy);
    await proxy.close();
  },
});
// playwright.config blocks service workers for every other spec.
test.use({ serviceWorkers: 'allow' });

test('after one visit the whole book works offline, and a new deploy offers a reload', async ({
  page,
  context,
  baseURL,
  deploys,
}) => {
  test.setTimeout(60_000);
  const book = basePathOf(baseURL!);
  const at = (path: string) => `${deploys.origin}${book}${path.slice(1)}`;
  const guard = await guardPage(page, `${deploys.origin}${book}`);
  const status = page.locator('.sidebar [data-offline-status]');
  const sidebarLink = (path: string) => page.locator(`.sidebar-body a[href="${book}${path.slice(1)}"]`);

  await test.step('one visit saves the book, with progress while it runs', async () => {
    await page.goto(at('/'));
    await expect(status).toHaveText(/Saving the book for offline reading…|Saved for offline reading/);
    await expect(status).toHaveText('Saved for offline reading', { timeout: 30_000 });
  });

  await context.setOffline(true);

  await test.step('another chapter opens from the copy, and its corpus figure computes its numbers', async () => {
    await sidebarLink('/chapters/sequence-modeling/').click();
    await expect(page.locator('h1')).toHaveText(/sequence modeling/i);
    const figure = page.locator('book-figure[fid="next-word"]');
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-status', 'ready');
    await figure.locator('input[type="text"]').fill('the united states of');
    const share = figure.locator('.figure-live .nw-row').nth(4).locator('.nw-p').first();
    // "96.6% (28)": the share of the continuation and its count, from the saved n-gram table.
    await expect(share).toHaveText(/^\d+(\.\d+)?% \(\d+\)$/);
    expect(Number.parseFloat((await share.textContent()) ?? '')).toBeGreaterThan(90);
  });

  await test.step("a third chapter's training figure starts its Worker and steps", async () => {
    await sidebarLink('/chapters/rnns/').click();
    const figure = page.locator('book-figure[fid="char-rnn"]');
    await figure.scrollIntoViewIfNeeded();
    // The loss chart's label names the latest step the worker has reported.
    await expect(figure.locator('.figure-live svg[aria-label^="Training loss"]')).toHaveAttribute(
      'aria-label',
      /at step [1-9]/,
      {
        timeout: 20_000,
      },
    );
  });

  await test.step('search finds a word from the saved index', async () => {
    await page.locator('#site-search').fill('conditional probability');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=conditional/);
    await expect(
      page.locator(`a.pagefind-ui__result-link[href="${book}chapters/sequence-modeling/"]`),
    ).toBeVisible();
  });

  await test.step('an address that is not a page shows the saved not-found page', async () => {
    await page.goto(at('/no-such-page/'));
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(status).toHaveText('Saved for offline reading');
  });

  await test.step('a chapter address without its trailing slash opens the chapter from the copy', async () => {
    await page.goto(at('/chapters/rnns?char-rnn.seed=3'));
    await expect(page).toHaveURL(`${at('/chapters/rnns/')}?char-rnn.seed=3`);
    await expect(page.locator('h1')).toHaveText(/recurrent/i);
  });

  await context.setOffline(false);

  await test.step('a new deploy brings the update prompt; Reload, from the keyboard, takes the new version', async () => {
    await page.goto(at('/'));
    deploys.nextDeploy();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.locator('[data-offline-update]');
    await expect(prompt).toHaveAttribute('aria-live', 'polite');
    await expect(prompt).toContainText('A new version of the book is available.');
    const reload = prompt.getByRole('button', { name: 'Reload' });
    await reload.focus();
    const reloaded = page.waitForEvent('load');
    await page.keyboard.press('Enter');
    await reloaded;
    await expect(status).toHaveText('Saved for offline reading');
    await expect(prompt).toBeEmpty();
  });

  expect(guard.cspViolations, 'Content-Security-Policy violations').toEqual([]);
  expect(guard.foreignRequests, 'requests outside the site').toEqual([]);
  expect(guard.pageErrors).toEqual([]);
  expect(realConsoleErrors(guard)).toEqual([]);
});
