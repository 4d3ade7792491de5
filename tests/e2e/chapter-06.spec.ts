// Chapter 6's figure driven as a reader would: the context strip keeps its size for any input, the context-size control, truncation, a live run that evaluates held-out dates and follows the recorded runs the prose's claims about the trained curves are checked on (claimRuns.test.ts).
import { expect, type Page, test } from '@playwright/test';
import claims from '../../src/components/recorded/claimRuns.json' with { type: 'json' };
import recorded from '../../src/components/recorded/recorded.json' with { type: 'json' };
import { expectFollows, reportedLosses } from './support/recordedRun.ts';

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
  await expect(live.locator('.dr-reading')).toContainText('20 more were cut off');
  await live.locator('input[name="date"]').fill('¿qué? 🙂');
  await expect(live.locator('.dr-prediction')).toBeVisible();
  expect(await live.textContent()).not.toMatch(BAD);
});

// The trained curves take minutes to train, so the prose's claims about them are checked in Node on recordings
// at these settings (src/components/recorded/claimRuns.test.ts); here the live worker runs must follow those
// recordings, which proves the recordings are of this figure.
test('the plain model trains in a worker, follows the recorded run and reports held-out accuracy for every length band', async ({
  page,
}) => {
  const figure = await openFigure(page);
  expectFollows(await reportedLosses(page, 'bottleneck', { pause: false }), [recorded.bottleneck.loss]);
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const m = (
            document.querySelector('book-figure[fid="bottleneck"]') as unknown as {
              model: { run: { parts: { evaluations: { step: number }[] }[] } };
            }
          ).model;
          return m.run.parts[0].evaluations.length;
        }),
      { timeout: 60_000 },
    )
    .toBeGreaterThan(1);
  await expect(figure.locator('.figure-live .acc-chart circle')).toHaveCount(12);
  await figure.locator('.figure-live button.dr-pause').click();
  await expect(figure.locator('.figure-live .dr-status')).toContainText('paused at step');
  expect(await figure.locator('.figure-live').textContent()).not.toMatch(BAD);
});

test('the runs behind the claims about a context of 8 numbers and digit reversal are the live figure’s runs at those settings', async ({
  page,
}) => {
  const RUNS = [
    ['?bottleneck.context=8', claims.bottleneckDates8],
    ['?bottleneck.task=reverse', claims.bottleneckReverse],
    ['?bottleneck.task=reverse&bottleneck.context=8', claims.bottleneckReverse8],
  ] as const;
  for (const [query, rec] of RUNS) {
    const figure = await openFigure(page, query);
    expectFollows(await reportedLosses(page, 'bottleneck'), [rec.loss]);
    // one circle per band and measure: 11 reversal lengths, 6 date bands
    await expect(figure.locator('.figure-live .acc-chart circle')).toHaveCount(2 * rec.bands.length);
    if (rec.task === 'reverse')
      await expect(figure.locator('.figure-live')).toContainText('held-out sequences');
    expect(await figure.locator('.figure-live').textContent()).not.toMatch(BAD);
  }
});

test('a run far off screen pauses and says so, and goes on when the figure comes back', async ({ page }) => {
  test.setTimeout(120_000);
  const figure = await openFigure(page);
  const bar = figure.locator('.run-bar');
  await expect(bar).toHaveAttribute('data-run', 'running', { timeout: 60_000 });
  const step = () =>
    page.evaluate(
      () =>
        (
          document.querySelector('book-figure[fid="bottleneck"]') as unknown as {
            model: { run: { parts: { step: number; status: { status: string } | null }[] } };
          }
        ).model.run.parts[0],
    );
  await expect.poll(async () => (await step()).step).toBeGreaterThan(0);
  // far away: the top of the page is more than a screen above the figure
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(bar).toHaveAttribute('data-run', 'away');
  await expect(bar.locator('.run-progress-text')).toContainText('Paused while the figure is off screen');
  await expect.poll(async () => (await step()).status?.status).toBe('paused');
  const held = (await step()).step;
  await page.waitForTimeout(1000);
  expect((await step()).step).toBe(held);
  await figure.scrollIntoViewIfNeeded();
  await expect(bar).toHaveAttribute('data-run', 'running');
  await expect.poll(async () => (await step()).step).toBeGreaterThan(held);
  // the reader's pause outlasts a trip off screen
  await bar.getByRole('button', { name: 'Pause' }).click();
  await expect(bar).toHaveAttribute('data-run', 'paused');
  await page.evaluate(() => window.scrollTo(0, 0));
  await figure.scrollIntoViewIfNeeded();
  await expect(bar).toHaveAttribute('data-run', 'paused');
  await expect(bar.getByRole('button', { name: 'Resume' })).toBeVisible();
  expect(await figure.locator('.figure-live').textContent()).not.toMatch(BAD);
});

test('a run pauses while its tab is hidden and goes on when the tab is shown again', async ({ page }) => {
  const figure = await openFigure(page);
  const bar = figure.locator('.run-bar');
  await expect(bar).toHaveAttribute('data-run', 'running', { timeout: 60_000 });
  // Headless Chromium never hides its tab; the page is told it is hidden the way a browser tells it.
  const setHidden = (hidden: boolean) =>
    page.evaluate((h) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  await setHidden(true);
  await expect(bar).toHaveAttribute('data-run', 'away');
  await expect(bar.locator('.run-progress-text')).toContainText('Paused while the figure is off screen');
  await setHidden(false);
  await expect(bar).toHaveAttribute('data-run', 'running');
});

test.describe('the reading line says what was read and what was not (issue 13)', () => {
  test('switching to reversal puts digits in the box, 8 and 9 are said to be left out, an empty box gets no answer', async ({
    page,
  }) => {
    const figure = await openFigure(page);
    const live = figure.locator('.figure-live');
    await live.locator('select[name="task"]').selectOption('reverse');
    await expect(live.locator('input[name="date"]')).toHaveValue('01234567');
    await expect(live.locator('.dr-reading')).toContainText('read 8 digits: 01234567');
    await live.locator('input[name="date"]').fill('0123456789');
    await expect(live.locator('.dr-reading')).toContainText('left out 2 characters the model cannot read');
    await expect(live.locator('.dr-reading bdi')).toHaveText(['8', '9']);
    await live.locator('input[name="date"]').fill('');
    await expect(live.locator('.dr-reading')).toContainText('Nothing to read, so no prediction');
    await expect(live.locator('.dr-prediction')).toHaveCount(0);
    await live.locator('select[name="task"]').selectOption('dates');
    await expect(live.locator('input[name="date"]')).toHaveValue('Thursday, the 3rd of May, 1979');
    expect(await live.textContent()).not.toMatch(BAD);
  });

  test('the prose link to digit reversal reads digits, not the date left in the box', async ({ page }) => {
    const figure = await openFigure(page, '?bottleneck.task=reverse');
    await expect(figure.locator('.figure-live .dr-reading')).toContainText('read 8 digits: 01234567');
  });
});
