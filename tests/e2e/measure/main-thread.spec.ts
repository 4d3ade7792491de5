// Browser measurements, not claims: the longest main-thread task while each live-training figure trains (the
// book's standard is none over 50 ms). Printed, never asserted: a task's length on a shared two-core machine
// says as much about the machine as about the page. Runs in the 'measure' project (`npm run measure:browser`);
// three figures: the char-RNN (Chapter 3), the tiny GPT and the induction task (Chapter 8).
import { expect, test } from '@playwright/test';
import { nowMs, watchLongTasks } from '../support/longTasks.ts';

/** Seconds of training watched per figure: enough for several redraws of every kind (chart, samples, heads). */
const WATCH_S = 15;

const FIGURES = [
  { chapter: '/chapters/rnns/', fid: 'char-rnn' },
  { chapter: '/chapters/transformer/', fid: 'tiny-gpt' },
  { chapter: '/chapters/transformer/', fid: 'induction-heads' },
];

for (const f of FIGURES)
  test(`main thread: the longest task while ${f.fid} trains (printed)`, async ({ page }) => {
    test.setTimeout(60_000);
    const longTasks = await watchLongTasks(page);
    await page.goto(f.chapter);
    const figure = page.locator(`book-figure[fid="${f.fid}"]`);
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-status', 'ready');
    const from = await nowMs(page);
    await page.waitForTimeout(WATCH_S * 1000);
    const progress = figure.locator('progress.run-progress').first();
    const steps = `${await progress.getAttribute('value')} of ${await progress.getAttribute('max')} steps trained`;
    const tasks = (await longTasks(from)).durations;
    console.log(
      // the observer sees only tasks over 50 ms, so none means the longest was at most 50 ms
      `${f.fid}: in ${WATCH_S} s of training (${steps}), ` +
        (tasks.length
          ? `longest main-thread task ${tasks[0]} ms; ${tasks.length} over 50 ms (${tasks.slice(0, 8).join(', ')} ms)`
          : 'no main-thread task over 50 ms'),
    );
  });
