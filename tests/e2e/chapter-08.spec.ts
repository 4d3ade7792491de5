// Chapter 8 (a draft, built only with UNROLLED_DRAFTS=1, so skipped otherwise): attention without positions ignores a shuffle and with them does not, the block's stages and count, the tiny GPT training against the n-gram baseline and its opened heads, the induction task forming its copy (times and long tasks printed, measurements and not assertions), a text too short, and the prose links in reading order.
import { expect, type Page, test } from '@playwright/test';
import claims from '../../src/components/recorded/claimRuns.json' with { type: 'json' };

test.skip(!process.env.UNROLLED_DRAFTS, 'Chapter 8 is a draft: build with UNROLLED_DRAFTS=1 to test it');

const CHAPTER = '/chapters/transformer/';
const BAD = /\b(NaN|Infinity|undefined)\b/;

async function openFigure(page: Page, fid: string, query = '') {
  await page.goto(`${CHAPTER}${query}`);
  const figure = page.locator(`book-figure[fid="${fid}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  return figure;
}

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

/** Records main-thread long tasks from page start (the pattern of chapter-05.spec.ts). */
async function watchLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __long: { start: number; duration: number }[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  return (from: number) =>
    page.evaluate((f) => {
      const long = (window as unknown as { __long: { start: number; duration: number }[] }).__long;
      const since = long.filter((e) => e.start >= f).map((e) => e.duration);
      return { longest: Math.max(0, ...since), over50: since.filter((d) => d > 50).length };
    }, from);
}

const nowMs = (page: Page) => page.evaluate(() => performance.now());

test('the tiny GPT trains on Brown text against the n-gram baseline counted at build time, at the recorded steps; its heads say what the prose says (times and long tasks printed)', async ({
  page,
}) => {
  test.setTimeout(900_000);
  const longTasks = await watchLongTasks(page);
  const figure = await openFigure(page, 'tiny-gpt');
  const live = figure.locator('.figure-live');
  const mounted = await nowMs(page);
  const t0 = Date.now();
  // the baseline is in the page from the build: shown at once, before any training
  await expect(live.locator('.tg-grams')).toContainText('5-gram');
  await expect(live.locator('.tg-samples li').first()).toContainText(/step 0 \(untrained\): the /);
  await expect(live.locator('.tg-probe-note')).toContainText('untrained weights (step 0)');
  const untrained = (await live.locator('.tg-all-heads').textContent()) ?? '';
  expect(untrained.match(/spreads its attention/g)?.length).toBe(8);
  await expect(live.locator('.tg-held')).toContainText('below the 2-gram', { timeout: 400_000 });
  const bigram = (Date.now() - t0) / 1000;
  console.log(
    `tiny GPT: below the character bigram after ${bigram.toFixed(0)} s: ${await live.locator('.tg-held').textContent()}`,
  );
  // below the trigram, or the end of the run, whichever comes first
  await expect
    .poll(
      async () =>
        /below the [345]-gram/.test((await live.locator('.tg-held').textContent()) ?? '') ||
        /finished/.test((await live.locator('.tg-status').textContent()) ?? ''),
      { timeout: 600_000, intervals: [250] },
    )
    .toBe(true);
  const trigramSeconds = (Date.now() - t0) / 1000;
  const held = (await live.locator('.tg-held').textContent()) ?? '';
  const passed = /below the [345]-gram since step (\d+) \((\d+) s of training\)/.exec(held);
  console.log(
    passed
      ? `tiny GPT: held-out loss below the character trigram at step ${passed[1]}: ${trigramSeconds.toFixed(1)} s wall clock after the figure was ready, ${passed[2]} s of training by the figure's clock: ${held}`
      : `tiny GPT: held-out loss NOT below the character trigram by the end of the run (${trigramSeconds.toFixed(0)} s): ${held}`,
  );
  const during = await longTasks(mounted);
  console.log(
    `tiny GPT: longest main-thread task while training, up to the trigram ${during.longest.toFixed(0)} ms (${during.over50} over 50 ms)`,
  );
  // the live run evaluates at the recorded steps: it passes the trigram where the recording does
  const rec = claims.tinyGpt;
  const recTrigram = rec.heldOut.find((e) => e.loss < rec.baseline.loss[2])?.step;
  expect(passed?.[1]).toBe(String(recTrigram));
  // reading the heads and sampling at another temperature while it trains: the worker does it, the page draws
  await live.locator('input[name="probe"]').fill('the city said');
  await live.locator('input[name="temperature"]').fill('1.5');
  await expect(live.locator('.tg-samples li').first()).toContainText(/step 0 \(untrained\): the /);
  await expect(live.locator('.tg-status')).toContainText('finished', { timeout: 600_000 });
  const whole = await longTasks(mounted);
  console.log(
    `tiny GPT: longest main-thread task over the whole run ${whole.longest.toFixed(0)} ms (${whole.over50} over 50 ms)`,
  );
  await live.locator('input[name="temperature"]').fill('0.3');
  await expect(live.locator('.tg-samples .tg-pending')).toHaveCount(0);
  await live.locator('input[name="probe"]').fill('the city said that the city had');
  const end = (await live.locator('.tg-held').textContent()) ?? '';
  console.log(`tiny GPT at the end: ${end}`);
  // the end of the run is the recording's, to the two decimals shown
  const loss = Number(/Held-out loss ([\d.]+)/.exec(end)?.[1]);
  expect(loss.toFixed(2)).toBe(rec.heldOut.at(-1)!.loss.toFixed(2));
  // the heads: most first-layer heads look at the previous character; no second-layer head is as sharp
  const rows = await live.locator('.tg-all-heads li').allTextContents();
  console.log(
    `tiny GPT heads on "${await live.locator('input[name="probe"]').inputValue()}":\n  ${rows.join('\n  ')}`,
  );
  const weight = (r: string) =>
    Number(/mean weight ([\d.]+)/.exec(r)?.[1] ?? /at most ([\d.]+)/.exec(r)?.[1]);
  const first = rows.filter((r) => r.startsWith('Layer 1'));
  const previous = first.filter((r) => r.includes('the previous character'));
  expect(previous.length).toBeGreaterThanOrEqual(3);
  const second = rows.filter((r) => r.startsWith('Layer 2')).map(weight);
  expect(Math.max(...second)).toBeLessThan(Math.min(...previous.map(weight)));
  // the chooser is keyboard-operable
  await live.locator('input[name="head"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(live.locator('.tg-does')).toContainText('Layer 1, head 2');
  await live.locator('input[name="probe"]').fill('hello 🙂 world');
  await expect(live.locator('.tg-probe-note')).toContainText('Skipped');
  expect(await live.textContent()).not.toMatch(BAD);
});

test('the induction task forms its copy live, the same step as the recorded run, and the heads say how it copies (time printed)', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const longTasks = await watchLongTasks(page);
  await page.goto(CHAPTER);
  const figure = page.locator('book-figure[fid="induction-heads"]');
  const recordedText = (await figure.locator('.recorded-note').textContent()) ?? '';
  const recordedStep = /formed at step (\d+)/.exec(recordedText)?.[1];
  expect(recordedStep).toBeTruthy();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  const mounted = await nowMs(page);
  const t0 = Date.now();
  const live = figure.locator('.figure-live');
  await expect(live.locator('.ih-formed')).toContainText('formed at step', { timeout: 240_000 });
  const seconds = (Date.now() - t0) / 1000;
  const formed = (await live.locator('.ih-formed').textContent()) ?? '';
  console.log(`induction: copy formed ${seconds.toFixed(1)} s after the figure was ready: ${formed}`);
  expect(/formed at step (\d+)/.exec(formed)?.[1]).toBe(recordedStep);
  await expect(live.locator('.ih-status')).toContainText('finished', { timeout: 240_000 });
  const during = await longTasks(mounted);
  console.log(
    `induction: longest main-thread task while training ${during.longest.toFixed(0)} ms (${during.over50} over 50 ms)`,
  );
  const last = (await live.locator('.ih-formed').textContent()) ?? '';
  expect(Number(/second copy ([\d.e-]+)/.exec(last)?.[1])).toBeLessThan(0.05);
  await expect(live.locator('.ih-mechanism')).toContainText(
    'no first-layer head looks at the previous token',
  );
  await live.getByRole('button', { name: 'Show the induction head' }).click();
  await expect(live.locator('input[name="layer"]')).toHaveValue('1');
  await expect(live.locator('.ih-does')).toContainText('the induction head');
  expect(await live.textContent()).not.toMatch(BAD);
});

test('the prose links put each figure into the state their sentence names, in reading order', async ({
  page,
}) => {
  await page.goto(CHAPTER);
  const links = page.locator('article a.state-link');
  const n = await links.count();
  expect(n).toBeGreaterThanOrEqual(7);
  for (let i = 0; i < n; i++) {
    const link = links.nth(i);
    const fig = (await link.getAttribute('data-state-link')) as string;
    const set = JSON.parse((await link.getAttribute('data-state')) as string) as Record<string, unknown>;
    await link.click();
    const figure = page.locator(`book-figure[fid="${fig}"]`);
    await expect(figure).toHaveAttribute('data-status', 'ready');
    for (const [k, v] of Object.entries(set)) {
      const control = figure.locator(`[data-state-key~="${k}"]`).first();
      await expect(control).toBeAttached();
      if ((await control.getAttribute('type')) === 'radio')
        await expect(figure.locator(`input[type="radio"][value="${v}"]`)).toBeChecked();
      else await expect(control).toHaveValue(String(v));
    }
    if (fig === 'induction-heads' && set.layer === 1)
      await expect(figure.locator('.ih-does')).toContainText('Layer 1, head 1');
    if (fig === 'positions-order') {
      await expect(figure.locator('.po-verdict')).toContainText(
        set.positions === 'none' ? 'rounding only' : 'order now matters',
      );
    }
  }
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
