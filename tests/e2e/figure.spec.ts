// The Figure component's promises, exercised on chapter 0's next-word figure: a static first frame
// without JavaScript, state in the URL (junk falls back to defaults), reset, copy link, and an error
// boundary that keeps the page working when the widget's data cannot load.
import { expect, test } from '@playwright/test';
import { guardPage, realConsoleErrors } from './support/guard.ts';

const CHAPTER = '/chapters/sequence-modeling/';

test('without JavaScript the figure shows its static first frame with real numbers', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const still = page.locator('#next-word .figure-static');
  await expect(still).toBeVisible();
  await expect(still).toContainText('k = 1');
  await expect(still).toContainText('%');
  await expect(page.locator('#next-word .figure-number')).toHaveText('Figure 2');
  await context.close();
});

test('typing updates the figure and the URL; a reload restores the state; reset restores defaults', async ({
  page,
  baseURL,
}) => {
  const guard = await guardPage(page, baseURL!);
  await page.goto(CHAPTER);
  const figure = page.locator('book-figure[fid="next-word"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  const input = figure.locator('input[type="text"]');
  await input.fill('it was the best of');
  await expect(figure.locator('.figure-live .nw-row').nth(4)).toContainText('context "was the best of"');
  await expect(page).toHaveURL(/next-word\.text=it\+was\+the\+best\+of/);
  await page.reload();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  await expect(figure.locator('input[type="text"]')).toHaveValue('it was the best of');
  await page.locator('#next-word [data-reset]').click();
  await expect(figure.locator('input[type="text"]')).toHaveValue('the united states of');
  await expect(page).not.toHaveURL(/next-word\.text/);
  expect(realConsoleErrors(guard)).toEqual([]);
});

test('junk in the URL falls back to defaults with a plain note', async ({ page }) => {
  await page.goto(`${CHAPTER}?next-word.top=%F0%9F%98%80zz&next-word.text=${'x'.repeat(5000)}`);
  const figure = page.locator('book-figure[fid="next-word"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  await expect(figure.locator('.figure-status')).toContainText('top');
  await expect(figure.locator('input[type="range"]')).toHaveValue('5');
  await expect(figure.locator('input[type="text"]')).toHaveValue('x'.repeat(200));
});

test('"copy link to this state" copies a link that reopens the figure as it was', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(CHAPTER);
  const figure = page.locator('book-figure[fid="next-word"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  await figure.locator('input[type="text"]').fill('i would like to');
  await page.locator('#next-word [data-copy]').click();
  await expect(figure.locator('.figure-status')).toHaveText('Link to this state copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('next-word.text=i+would+like+to');
  expect(link).toContain('#next-word');
  await page.goto(link);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('input[type="text"]')).toHaveValue('i would like to');
});

test('a widget whose data fails to load shows a message in its own box; the page goes on', async ({
  page,
  baseURL,
}) => {
  const guard = await guardPage(page, baseURL!);
  await page.route('**/data/corpus/**', (route) => route.fulfill({ status: 500, body: 'server on fire' }));
  await page.goto(CHAPTER);
  const figure = page.locator('book-figure[fid="next-word"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'error');
  await expect(figure.locator('.figure-error')).toContainText('This figure stopped working');
  // The static frame stays readable, and the rest of the page still works.
  await expect(page.locator('#next-word .figure-static')).toBeVisible();
  await page.locator('[data-theme-toggle]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', /dark|light/);
  expect(guard.pageErrors).toEqual([]);
});

test('the dark-mode toggle is remembered across pages and survives disabled storage', async ({
  page,
  context,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.locator('[data-theme-toggle]').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto(CHAPTER);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  const blocked = await context.newPage();
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('storage disabled', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  blocked.on('pageerror', (e) => errors.push(e.message));
  await blocked.goto('/');
  await blocked.locator('[data-theme-toggle]').click();
  await expect(blocked.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', /true|false/);
  expect(errors).toEqual([]);
});

test('a prose link puts the figure into the named state', async ({ page }) => {
  await page.goto(CHAPTER);
  await page.locator('a.state-link', { hasText: 'my grandmother baked a' }).click();
  const figure = page.locator('book-figure[fid="next-word"]');
  await expect(figure.locator('.figure-live input[type="text"]')).toHaveValue('my grandmother baked a');
  await expect(page).toHaveURL(/next-word\.text=my\+grandmother\+baked\+a/);
});

test('without JavaScript a prose link still opens the figure in that state', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const href = await page.locator('a.state-link', { hasText: 'my grandmother baked a' }).getAttribute('href');
  expect(href).toBe('?next-word.text=my+grandmother+baked+a#next-word');
  await context.close();
});

test('the status line describes the latest event only: a move after reset clears "reset"', async ({
  page,
}) => {
  await page.goto(CHAPTER);
  const figure = page.locator('book-figure[fid="next-word"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  const status = figure.locator('.figure-status');
  await page.locator('#next-word [data-reset]').click();
  await expect(status).toHaveText('Figure reset to its starting settings.');
  await figure.locator('.figure-live input[type="range"]').fill('3');
  await expect(status).toHaveText('');
  await page.locator('#next-word [data-reset]').click();
  await expect(status).toHaveText('Figure reset to its starting settings.');
  await page.locator('a.state-link', { hasText: 'my grandmother baked a' }).click();
  await expect(figure.locator('.figure-live input[type="text"]')).toHaveValue('my grandmother baked a');
  await expect(status).toHaveText('');
});

test('controls are built from the schema: each carries its key, its label, its bounds and the id <fid>-<key>', async ({
  page,
}) => {
  await page.goto(CHAPTER);
  const figure = page.locator('book-figure[fid="next-word"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  const top = figure.locator('#next-word-top');
  await expect(top).toHaveAttribute('data-state-key', 'top');
  await expect(top).toHaveAttribute('data-state-label', 'Candidates');
  const bounds = await page.evaluate(() => {
    const el = document.querySelector('book-figure[fid="next-word"]') as unknown as {
      schema: Record<string, { min: number; max: number }>;
    };
    return el.schema.top;
  });
  await expect(top).toHaveAttribute('min', String(bounds.min));
  await expect(top).toHaveAttribute('max', String(bounds.max));
  await expect(page.getByLabel('Candidates')).toHaveAttribute('id', 'next-word-top');
  await expect(figure.locator('#next-word-text')).toHaveAttribute('data-state-key', 'text');
});

test('a figure whose widget never registers shows its error box instead of loading forever', async ({
  page,
}) => {
  await page.goto('/chapters/ngrams/');
  // A figure far down the page has not mounted yet; give it a name nothing registers.
  const fid = await page.evaluate(() => {
    const figures = [...document.querySelectorAll('book-figure')];
    const last = figures[figures.length - 1] as HTMLElement;
    last.setAttribute('widget', 'no-such-widget');
    return last.getAttribute('fid');
  });
  const figure = page.locator(`book-figure[fid="${fid}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'error', { timeout: 20_000 });
  await expect(figure.locator('.figure-error')).toContainText('no widget called "no-such-widget"');
});

test('a widget whose code fails to load shows its error box', async ({ page }) => {
  await page.route('**/_astro/widget.*.js', (route) => route.fulfill({ status: 500, body: 'gone' }));
  await page.goto(CHAPTER);
  const figure = page.locator('book-figure[fid="next-word"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'error', { timeout: 20_000 });
  await expect(figure.locator('.figure-error')).toContainText('This figure stopped working');
});
