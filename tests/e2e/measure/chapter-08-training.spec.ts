// Browser measurements of Chapter 8's live training, not claims (the 'measure' project, `npm run
// measure:browser`, which `npm test` does not run): how long the tiny GPT takes to pass the character trigram
// and the induction task to form its copy in this Chromium, and the longest main-thread task meanwhile,
// printed. Each also checks that the whole live run is the recorded one (the step where it passes, the end);
// the claims themselves are checked on the recordings (claimRuns.test.ts, recorded.test.ts) and the first
// evaluations of each live run in chapter-08.spec.ts.
import { expect, test } from '@playwright/test';
import claims from '../../../src/components/recorded/claimRuns.json' with { type: 'json' };
import { BAD, openFigure } from '../support/figures.ts';
import { nowMs, watchLongTasks } from '../support/longTasks.ts';

const CHAPTER = '/chapters/transformer/';

test('the tiny GPT trains on Brown text against the n-gram baseline counted at build time, at the recorded steps; its heads say what the prose says (times and long tasks printed)', async ({
  page,
}) => {
  test.setTimeout(900_000);
  const longTasks = await watchLongTasks(page);
  const figure = await openFigure(page, CHAPTER, 'tiny-gpt');
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
  // (the keyboard chooser and a probe outside the alphabet are checked in chapter-08.spec.ts)
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
  expect(Number(/second copy ([\d.e-]+)/.exec(last)?.[1])).toBeLessThan(0.5);
  await expect(live.locator('.ih-mechanism')).toContainText('That pair is an induction circuit');
  await live.getByRole('button', { name: 'Show the induction head' }).click();
  await expect(live.locator('input[name="layer"]')).toHaveValue('2');
  await expect(live.locator('.ih-does')).toContainText('the induction head');
  await live.getByRole('button', { name: 'Show the previous-token head' }).click();
  await expect(live.locator('input[name="layer"]')).toHaveValue('1');
  await expect(live.locator('.ih-does')).toContainText('the previous-token head');
  expect(await live.textContent()).not.toMatch(BAD);
});
