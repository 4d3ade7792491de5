// Chapter 6's figure driven as a reader would: the context strip keeps its size for any input, the context-size control, truncation, and a live run that evaluates held-out dates.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';

test.skip(
  !existsSync(join(process.env.UNROLLED_OUT_DIR ?? 'dist', 'chapters/seq2seq/index.html')),
  'chapter 6 is a draft',
);

const CHAPTER = '/chapters/seq2seq/';
const BAD = /\b(NaN|Infinity|undefined)\b/;

async function openFigure(page: Page, query = '') {
  await page.goto(`${CHAPTER}${query}`);
  const figure = page.locator('book-figure[fid="bottleneck"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  return figure;
}

test('the static first frame shows two strips of the same size before any script runs', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  const strips = page.locator('book-figure[fid="bottleneck"] .bn-strip');
  await expect(strips).toHaveCount(2);
  await expect(strips.nth(0).locator('.vs-sq')).toHaveCount(32);
  await expect(strips.nth(1).locator('.vs-sq')).toHaveCount(32);
  await context.close();
});

test('the context vector has as many numbers for 50 characters as for 6, and follows the context size', async ({
  page,
}) => {
  const figure = await openFigure(page);
  const live = figure.locator('.figure-live');
  const short = live.locator('.bn-strip[data-input="short"] .vs-sq');
  const typed = live.locator('.bn-strip[data-input="typed"] .vs-sq');
  await live.locator('input[name="date"]').fill('x'.repeat(50));
  await expect(live.locator('.bn-head').nth(1)).toContainText('50 characters read → 32 numbers');
  await expect(short).toHaveCount(32);
  await expect(typed).toHaveCount(32);
  await live.locator('select[name="context"]').selectOption('8');
  await expect(short).toHaveCount(8);
  await expect(typed).toHaveCount(8);
  expect(await live.textContent()).not.toMatch(BAD);
});

test('input beyond 50 characters is cut with a note, and any text gets a prediction', async ({ page }) => {
  const figure = await openFigure(page);
  const live = figure.locator('.figure-live');
  await live.locator('input[name="date"]').fill('z'.repeat(70));
  await expect(live.locator('.dr-note')).toContainText('20 more were cut off');
  await live.locator('input[name="date"]').fill('¿qué? 🙂');
  await expect(live.locator('.dr-prediction')).toBeVisible();
  expect(await live.textContent()).not.toMatch(BAD);
});

test('the plain model trains in a worker and reports held-out accuracy for every length band', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const figure = await openFigure(page);
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const m = (
            document.querySelector('book-figure[fid="bottleneck"]') as unknown as {
              model: { run: { evaluations: { step: number }[] } };
            }
          ).model;
          return m.run.evaluations.length;
        }),
      { timeout: 60_000 },
    )
    .toBeGreaterThan(1);
  await expect(figure.locator('.figure-live .acc-chart circle')).toHaveCount(12);
  await figure.locator('.figure-live button.dr-pause').click();
  await expect(figure.locator('.figure-live .dr-status')).toContainText('paused at step');
  expect(await figure.locator('.figure-live').textContent()).not.toMatch(BAD);
});

test('on digit reversal the plain model’s exact match falls as sequences grow, as the prose says', async ({
  page,
}) => {
  test.setTimeout(400_000);
  await openFigure(page, '?bottleneck.task=reverse');
  const bands = await page.evaluate(
    () =>
      new Promise<{ lo: number; exact: number }[]>((resolve) => {
        type M = {
          run: { latest: { step: number } | null; onChange(f: () => void): void };
          readings(): { bands: { lo: number; exact: number }[] };
        };
        const m = (document.querySelector('book-figure[fid="bottleneck"]') as unknown as { model: M }).model;
        const check = () => {
          if ((m.run.latest?.step ?? 0) >= 2000) resolve(m.readings().bands);
        };
        m.run.onChange(check);
        check();
      }),
  );
  console.log(
    `reversal, exact match by length: ${bands.map((b) => `${b.lo}: ${b.exact.toFixed(2)}`).join(', ')}`,
  );
  expect(bands[0].exact).toBeGreaterThan(0.9);
  expect(bands[bands.length - 1].exact).toBeLessThan(bands[0].exact - 0.5);
});
