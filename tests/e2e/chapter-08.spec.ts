// Chapter 8: attention without positions ignores a shuffle and with them does not, the block's stages and count, the tiny GPT and the induction task training in the page as their recorded runs did (their whole runs, timed, are in tests/e2e/measure/chapter-08-training.spec.ts), a text too short, and the race (the prose links, in reading order, are state-links.spec.ts's rows in support/linkExpectationsTransformer.ts).
import { expect, type Locator, type Page, test } from '@playwright/test';
import claims from '../../src/components/recorded/claimRuns.json' with { type: 'json' };
import recorded from '../../src/components/recorded/recorded.json' with { type: 'json' };
import { BAD, openFigure as openFigureAt } from './support/figures.ts';

const CHAPTER = '/chapters/transformer/';
const openFigure = (page: Page, fid: string, query = '') => openFigureAt(page, CHAPTER + query, fid);

test('without positions a shuffle only moves the rows; sinusoidal positions change them', async ({
  page,
}) => {
  const figure = await openFigure(page, 'positions-order');
  const live = figure.locator('.figure-live');
  await expect(live.locator('.po-verdict')).toContainText('rounding only');
  await expect(live.locator('.po-table tbody tr')).toHaveCount(5);
  await live.getByRole('radio', { name: 'sinusoidal' }).check();
  await expect(live.locator('.po-verdict')).toContainText('order now matters');
  await live.locator('input[name="sentence"]').fill('a b c d e f g h i j k l m n');
  await expect(live.locator('.po-order')).toContainText('2 more were cut off');
  expect(await live.textContent()).not.toMatch(BAD);
});

test('the block shows eight stages with their shapes, and the count for the sizes chosen', async ({
  page,
}) => {
  const figure = await openFigure(page, 'transformer-block');
  const live = figure.locator('.figure-live');
  await live.locator('input[name="text"]').fill('hello');
  await expect(live.locator('.tb-stages li')).toHaveCount(8);
  await expect(live.locator('.tb-stages li').nth(5)).toContainText('[5 × 192]');
  await expect(live.locator('.tb-stages li').nth(7)).toContainText('[5 × 48]');
  await live.locator('select[name="d"]').selectOption('256');
  await live.locator('input[name="layers"]').fill('12');
  await expect(live.locator('.tb-count')).toContainText('12 layers, d = 256');
  const text = (await live.locator('.tb-count').textContent()) ?? '';
  expect(Number(text.split(' ')[0].replace(/,/g, ''))).toBeGreaterThan(9_000_000);
  expect(await live.textContent()).not.toMatch(BAD);
});

test('a text too short to train on says how long it must be, and starts no run', async ({ page }) => {
  const figure = await openFigure(page, 'tiny-gpt');
  const live = figure.locator('.figure-live');
  await live.getByRole('radio', { name: 'your own text' }).check();
  await live.locator('textarea[name="own"]').fill('too short');
  await live.getByRole('button', { name: 'Train on this text' }).click();
  await expect(live.locator('.tg-problem')).toContainText(/9 characters.*at least 340/);
  await expect(live.locator('.run-bar')).toBeHidden();
  expect(await live.textContent()).not.toMatch(BAD);
});

/** Polls a readout until it names a step at or past `step`; returns that step and the text. */
async function atStep(figure: Locator, selector: string, pattern: RegExp, step: number) {
  let seen = { step: -1, text: '' };
  await expect
    .poll(
      async () => {
        const text = (await figure.locator(selector).textContent()) ?? '';
        const m = pattern.exec(text);
        if (m) seen = { step: Number(m[1]), text };
        return seen.step;
      },
      { timeout: 120_000, intervals: [100] },
    )
    .toBeGreaterThanOrEqual(step);
  return seen;
}

test('the tiny GPT starts from the baseline counted at build time and trains in the page as the recorded run did (its first evaluations)', async ({
  page,
}) => {
  const figure = await openFigure(page, 'tiny-gpt');
  const live = figure.locator('.figure-live');
  // the baseline is in the page from the build: shown at once, before any training
  await expect(live.locator('.tg-grams')).toContainText('5-gram');
  await expect(live.locator('.tg-samples li').first()).toContainText(/step 0 \(untrained\): the /);
  await expect(live.locator('.tg-probe-note')).toContainText('untrained weights (step 0)');
  const untrained = (await live.locator('.tg-all-heads').textContent()) ?? '';
  expect(untrained.match(/spreads its attention/g)?.length).toBe(8);
  // the live run's held-out loss at its first evaluations is the recording's, to the two decimals shown (the
  // whole run, and the step where it passes the trigram, are compared in tests/e2e/measure)
  const seen = await atStep(live, '.tg-held', /at step (\d+)/, 100);
  const rec = claims.tinyGpt.heldOut.find((e) => e.step === seen.step);
  expect(rec, `the recording evaluates at step ${seen.step}`).toBeTruthy();
  expect(/Held-out loss ([\d.]+)/.exec(seen.text)?.[1]).toBe(rec!.loss.toFixed(2));
  // sampling and reading the heads while it trains: the worker does both, the page draws
  await live.locator('input[name="temperature"]').fill('1.5');
  await expect(live.locator('.tg-samples .tg-pending')).toHaveCount(0);
  await live.locator('input[name="head"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(live.locator('.tg-does')).toContainText('Layer 1, head 2');
  await live.locator('input[name="probe"]').fill('hello 🙂 world');
  await expect(live.locator('.tg-probe-note')).toContainText('Skipped');
  expect(await live.textContent()).not.toMatch(BAD);
});

test('the induction task trains in the page as the recorded run did (its first evaluations), and names no mechanism before one forms', async ({
  page,
}) => {
  const figure = await openFigure(page, 'induction-heads');
  const live = figure.locator('.figure-live');
  const seen = await atStep(live, '.ih-formed', /At step (\d+):/, 100);
  const rec = recorded.induction.evaluations.find((e) => e.step === seen.step);
  expect(rec, `the recording evaluates at step ${seen.step}`).toBeTruthy();
  const m = /first copy ([\d.]+), second copy ([\d.]+)/.exec(seen.text);
  expect(Number(m?.[1])).toBeCloseTo(rec!.first, 2);
  expect(Number(m?.[2])).toBeCloseTo(rec!.second, 2);
  await expect(live.locator('.ih-mechanism')).toContainText('No head puts most of its attention');
  expect(await live.textContent()).not.toMatch(BAD);
});

test('at 360 px the chapter does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openFigure(page, 'positions-order');
  for (const fid of ['transformer-block', 'tiny-gpt', 'induction-heads']) {
    const f = page.locator(`book-figure[fid="${fid}"]`);
    await f.scrollIntoViewIfNeeded();
    await expect(f).toHaveAttribute('data-status', 'ready');
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test.describe('the race, finished', () => {
  test('the recorded table shows every model at every lag, and the default cell trained again matches its recording', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const figure = await openFigure(page, 'race-lags');
    const live = figure.locator('.figure-live');
    await expect(live.locator('.rl-table tbody tr')).toHaveCount(4);
    await expect(live.locator('.rl-table td.rl-here')).toHaveText('100%');
    // the figure's own settings: the transformer at lag 50, 400 steps, seed 1
    await expect(live.locator('select[name="racer"]')).toHaveValue('transformer');
    await expect(live.locator('select[name="lag"]')).toHaveValue('50');
    const root = figure.locator('.transformer-race');
    const t0 = Date.now();
    await expect(root).toHaveAttribute('data-compared', '13', { timeout: 240_000 });
    await expect(root).toHaveAttribute('data-live-accuracy', /\d/, { timeout: 60_000 });
    console.log(
      `race cell (transformer, lag 50) trained again in ${((Date.now() - t0) / 1000).toFixed(0)} s: ${await live.locator('.rl-match').textContent()} ${await live.locator('.rl-live').textContent()}`,
    );
    await expect(root).toHaveAttribute('data-matched', '13');
    await expect(root).toHaveAttribute('data-live-accuracy', '1');
    await expect(live.locator('.rl-live')).toContainText('Held-out accuracy: 100% live, 100% recorded');
    expect(await live.textContent()).not.toMatch(BAD);
  });

  test('choosing another cell starts its run and marks it in the table', async ({ page }) => {
    const figure = await openFigure(page, 'race-lags');
    const live = figure.locator('.figure-live');
    await live.locator('select[name="racer"]').selectOption('rnn');
    await live.locator('select[name="lag"]').selectOption('100');
    await expect(live.locator('.rl-table td.rl-here')).toHaveText('20%');
    await expect(live.locator('.rl-live')).toContainText('RNN at lag 100');
    await expect(figure.locator('.transformer-race')).not.toHaveAttribute('data-compared', '0', {
      timeout: 60_000,
    });
    expect(await live.textContent()).not.toMatch(BAD);
  });

  test('switching to digit reversal shows its table by length and starts a live run of the chosen cell', async ({
    page,
  }) => {
    const figure = await openFigure(page, 'race-lags');
    const live = figure.locator('.figure-live');
    await live.locator('select[name="task"]').selectOption('reversal');
    await expect(live.locator('.rl-table caption')).toContainText('Digit reversal');
    await expect(live.locator('.rl-table thead th')).toHaveText([
      'Model',
      'n = 3',
      'n = 5',
      'n = 8',
      'n = 12',
      'n = 20',
    ]);
    await expect(live.locator('.rl-table tbody tr')).toHaveCount(4);
    // the lag control gives way to the length control; the transformer at n = 5 is the default cell
    await expect(live.locator('select[name="lag"]')).toBeHidden();
    await expect(live.locator('select[name="length"]')).toHaveValue('5');
    await expect(live.locator('.rl-table td.rl-here')).toHaveText('100%100% of tokens');
    await live.locator('select[name="racer"]').selectOption('lstm');
    await live.locator('select[name="length"]').selectOption('3');
    await expect(live.locator('.rl-table td.rl-here')).toHaveText('48%85% of tokens');
    await expect(live.locator('.rl-live')).toContainText('LSTM reversing up to 3 digits');
    await expect(live.locator('.rl-live')).toContainText(
      'Recorded held-out exact match: 48% (85% of tokens)',
    );
    await expect(figure.locator('.transformer-race')).not.toHaveAttribute('data-compared', '0', {
      timeout: 60_000,
    });
    expect(await live.textContent()).not.toMatch(BAD);
  });

  test('the step-time figure times every model at every length in a worker (the times printed, not asserted)', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const figure = await openFigure(page, 'step-time');
    const live = figure.locator('.figure-live');
    await expect(figure.locator('.step-time')).toHaveAttribute('data-timed', '20', { timeout: 240_000 });
    const text = (await live.locator('.st-readout').textContent()) ?? '';
    console.log(`step time in Chromium: ${text}`);
    expect(text).toContain('From T = 100 to T = 400');
    await expect(live.locator('.st-chart circle')).toHaveCount(20);
    await expect(live.locator('.run-again')).toBeVisible();
    expect(await live.textContent()).not.toMatch(BAD);
  });

  test('at 360 px the race figures do not scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(CHAPTER);
    for (const fid of ['race-lags', 'step-time']) {
      const f = page.locator(`book-figure[fid="${fid}"]`);
      await f.scrollIntoViewIfNeeded();
      await expect(f).toHaveAttribute('data-status', 'ready');
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
