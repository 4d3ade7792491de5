// Chapter 5's figures driven as a reader would: the race's verdict at lag 50 and at lag 5 (what the prose
// claims), its time to verdict and longest main-thread task, the inspector's pins and the live exercise,
// every slider at both ends, links that carry state, and the parameter counts for chosen sizes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { BAD, bothEnds, openFigure as openFigureAt } from './support/figures.ts';
import { nowMs, watchLongTasks } from './support/longTasks.ts';

const OUT = process.env.UNROLLED_OUT_DIR ?? 'dist';
const CHAPTER = '/chapters/gates/';
const openFigure = (page: Page, fid: string, query = '') => openFigureAt(page, CHAPTER + query, fid);
/** Opens the chapter at a lag, records long tasks from the moment the race scrolls into view, and waits for a verdict. */
async function race(page: Page, lag: number) {
  const longTasks = await watchLongTasks(page);
  await page.goto(`${CHAPTER}?gate-race.lag=${lag}`);
  await page.waitForLoadState('load');
  const figure = page.locator('book-figure[fid="gate-race"]');
  const t0 = await nowMs(page);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  const t1 = await nowMs(page);
  const live = figure.locator('.gate-race');
  await expect(live).not.toHaveAttribute('data-verdict', 'pending', { timeout: 240_000 });
  const verdictText = (await live.locator('.gr-verdict').textContent()) ?? '';
  const seconds = Number(/reached in ([\d.]+) s/.exec(verdictText)?.[1]);
  const longestSince = async (from: number) => (await longTasks(from)).longest;
  // From scrolling to the verdict (mounting the figure included), and from the mounted figure on (the race alone).
  const longest = await longestSince(t0);
  const whileRacing = await longestSince(t1);
  console.log(
    `race at lag ${lag}: ${await live.getAttribute('data-verdict')} in ${seconds} s; longest main-thread task ${longest.toFixed(0)} ms from scroll to verdict, ${whileRacing.toFixed(0)} ms once the figure was mounted`,
  );
  expect(await figure.textContent()).not.toMatch(BAD);
  return { live, seconds, longest, whileRacing, verdictText };
}

test('the race at the default lag 50: the gated cells learn and the RNN stays near chance', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const { live, seconds, longest, whileRacing } = await race(page, 50);
  await expect(live).toHaveAttribute('data-verdict', 'gated-win');
  await expect(live.locator('[data-cell="rnn"]')).toContainText('near chance');
  await expect(live.locator('[data-cell="lstm"]')).toContainText('learned');
  await expect(live.locator('[data-cell="gru"]')).toContainText('learned');
  // the curves are drawn and seen; the cells' status lines key them, so the chart draws no key of its own
  await expect(live.locator('svg.lc-chart path.lc-line').first()).toBeVisible();
  await expect(live.locator('svg.lc-chart .lc-text')).toHaveCount(0);
  // The target is under 60 s with no task over 50 ms on an idle 2-core laptop; wall time depends
  // on the machine and what else runs, so the measured numbers are printed above, not asserted. What is
  // asserted: the verdict states a real time, and the mounted race is part of the span measured from scroll.
  expect(Number.isFinite(seconds) && seconds > 0).toBe(true);
  expect(whileRacing).toBeLessThanOrEqual(longest);
});

test('the race at lag 5: all three cells learn, as the prose says', async ({ page }) => {
  test.setTimeout(300_000);
  const { live } = await race(page, 5);
  await expect(live).toHaveAttribute('data-verdict', 'all-learn');
  await expect(live.locator('.gr-verdict')).toContainText('all three cells learn');
});

test('a run that overflows stops with a plain status while the other two race on to a verdict', async ({
  page,
}) => {
  test.setTimeout(300_000);
  // The RNN's run gets real engine settings that must overflow: plain SGD with a learning rate of 1e308
  // and no clipping (at 1e300 the weights grow huge but stay finite). Nothing is faked past the settings:
  // the engine detects the non-finite values itself. The runs' settings travel on MessagePorts.
  await page.addInitScript(() => {
    const real = MessagePort.prototype.postMessage;
    MessagePort.prototype.postMessage = function (this: MessagePort, message: unknown, ...rest: unknown[]) {
      const m = message as {
        type?: string;
        settings?: { config?: { cell?: string } } & Record<string, unknown>;
      };
      if (m?.type === 'init' && m.settings?.config?.cell === 'rnn') {
        m.settings.optimizer = { type: 'sgd', lr: 1e308 };
        delete m.settings.clipNorm;
      }
      // biome-ignore lint/suspicious/noExplicitAny: forwards whatever transfer arguments were given.
      return (real as any).call(this, message, ...rest);
    };
  });
  await page.goto(`${CHAPTER}?gate-race.lag=20`);
  const figure = page.locator('book-figure[fid="gate-race"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  const live = figure.locator('.gate-race');
  const rnn = live.locator('[data-cell="rnn"]');
  await expect(rnn).toContainText(/overflow at step \d+: .* so training stopped$/);
  await expect(rnn.locator('.gr-diverged')).toBeVisible();
  await expect(live.locator('.gr-note')).toContainText('drawn at the chart’s top edge');
  await expect(live).not.toHaveAttribute('data-verdict', 'pending', { timeout: 240_000 });
  await expect(live).toHaveAttribute('data-verdict', 'mixed');
  await expect(live.locator('[data-cell="lstm"]')).toContainText('finished 400 steps');
  await expect(live.locator('[data-cell="gru"]')).toContainText('finished 400 steps');
  await expect(live.locator('.gr-verdict')).toContainText(
    'the RNN stopped on an overflow, so it has no result',
  );
  expect(await figure.textContent()).not.toMatch(BAD);
});

test('the prose link "lag 5" puts the race into that state', async ({ page }) => {
  await page.goto(CHAPTER);
  await page.getByRole('link', { name: 'lag 5', exact: true }).click();
  await expect(page).toHaveURL(/gate-race\.lag=5/);
  const figure = page.locator('book-figure[fid="gate-race"]');
  await expect(figure).toHaveAttribute('data-status', 'ready');
  await expect(figure.locator('input[name="lag"]')).toHaveValue('5');
});

test('the prose links "seed 2" and "lag 100" give the verdicts the prose describes', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(CHAPTER);
  const figure = page.locator('book-figure[fid="gate-race"]');
  const live = figure.locator('.gate-race');
  await page.getByRole('link', { name: 'seed 2', exact: true }).click();
  await expect(page).toHaveURL(/gate-race\.seed=2/);
  await expect(live).not.toHaveAttribute('data-verdict', 'pending', { timeout: 240_000 });
  await expect(live.locator('[data-cell="rnn"]')).toContainText('learned');
  await page.getByRole('link', { name: 'lag 100', exact: true }).click();
  await expect(figure.locator('input[name="lag"]')).toHaveValue('100');
  await expect(figure.locator('input[name="seed"]')).toHaveValue('1');
  await expect(live).toHaveAttribute('data-verdict', 'pending');
  await expect(live).not.toHaveAttribute('data-verdict', 'pending', { timeout: 240_000 });
  await expect(live.locator('[data-cell="gru"]')).toContainText(': learned');
  await expect(live.locator('[data-cell="lstm"]')).not.toContainText(': learned');
});

test('inspector: pinning f = 1 and i = 0 keeps every C constant, and the live exercise passes', async ({
  page,
}) => {
  const figure = await openFigure(page, 'gate-inspector');
  const feedback = page.locator('#ex-carry [data-feedback]');
  await figure.locator('input[name="pinF"]').check();
  await expect(feedback).toContainText('Not yet: pin both gates');
  await figure.locator('input[name="pinI"]').check();
  await expect(figure.locator('.gi-status')).toContainText('largest change 0.0000');
  const cs = await page.evaluate(() => {
    const m = (
      document.querySelector('book-figure[fid="gate-inspector"]') as unknown as {
        model: { steps: { c: number[] }[]; drift: number; pinFrom: number };
      }
    ).model;
    return { before: m.steps[m.pinFrom - 2].c, last: m.steps[m.steps.length - 1].c, drift: m.drift };
  });
  expect(cs.drift).toBe(0);
  expect(cs.last).toEqual(cs.before);
  await expect(feedback).toContainText('Done: from step 5 on');
  await expect(page.locator('#ex-carry [data-done-mark]')).toBeVisible();
  // Every step from the pin on shows the same C for the chosen unit.
  for (const t of ['5', '12']) {
    await figure.locator('input[name="t"]').fill(t);
    await expect(figure.locator('.gi-eq p').first()).toContainText(
      `× ${cs.before[0].toFixed(3).replace('-', '−')} + 0.000 ×`,
    );
  }
});

test('the prose link pins the gates from step 5 and shows step 8', async ({ page }) => {
  await page.goto(CHAPTER);
  await page.getByRole('link', { name: /pin the forget\s+gate to 1/ }).click();
  const figure = page.locator('book-figure[fid="gate-inspector"]');
  await expect(figure).toHaveAttribute('data-status', 'ready');
  await expect(figure.locator('input[name="pinF"]')).toBeChecked();
  await expect(figure.locator('input[name="pinI"]')).toBeChecked();
  await expect(figure.locator('input[name="t"]')).toHaveValue('8');
});

for (const fid of ['gate-inspector', 'gate-highway', 'gate-params', 'gate-race']) {
  test(`${fid}: every slider at both ends, never a bad number`, async ({ page }) => {
    const figure = await openFigure(page, fid);
    await bothEnds(figure);
  });
}

test('gradient highway: the prose claims hold (defaults keep the cell open; bias 0, T = 100 closes it)', async ({
  page,
}) => {
  const highway = await openFigure(page, 'gate-highway');
  // five curves, seen, keyed by the HTML list above the chart and not again inside it
  await expect(highway.locator('.figure-live svg.lc-chart path.lc-line')).toHaveCount(5);
  for (const path of await highway.locator('.figure-live svg.lc-chart path.lc-line').all())
    await expect(path).toBeVisible();
  await expect(highway.locator('.figure-live svg.lc-chart .lc-text')).toHaveCount(0);
  type M = { first: Record<string, number> };
  const at = (p: Page) =>
    p.evaluate(
      () => (document.querySelector('book-figure[fid="gate-highway"]') as unknown as { model: M }).model,
    );
  const open = await at(page);
  expect(open.first.rnn).toBeLessThan(1e-6);
  expect(open.first.lstmC).toBeGreaterThan(1e-2);
  expect(open.first.gru).toBeGreaterThan(1e-2);
  await page.getByRole('link', { name: /the bias to 0 and the length to 100/ }).click();
  await expect(page).toHaveURL(/gate-highway\.keepBias=0/);
  await expect(page.locator('book-figure[fid="gate-highway"] input[name="steps"]')).toHaveValue('100');
  expect((await at(page)).first.lstmC).toBeLessThan(1e-6);
});

test('parameter counts follow the chosen sizes, and junk sizes in a link are clamped', async ({ page }) => {
  const figure = await openFigure(page, 'gate-params');
  await expect(figure.locator('.gp-summary').last()).toContainText('LSTM 2,480 parameters, GRU 1,860');
  await figure.locator('input[name="inputs"]').fill('3');
  await figure.locator('input[name="units"]').fill('7');
  // 4·7·(7 + 3) + 4·7 = 308; 3·7·10 + 3·7 = 231
  await expect(figure.locator('[data-cell="lstm"] .gp-head')).toContainText(
    'W is 28 × 10, b has 28; 308 parameters',
  );
  await expect(figure.locator('[data-cell="gru"] .gp-head')).toContainText('231 parameters');
  const again = await openFigure(page, 'gate-params', '?gate-params.inputs=99999&gate-params.units=abc');
  await expect(again.locator('input[name="inputs"]')).toHaveValue('256');
  await expect(again.locator('input[name="units"]')).toHaveValue('20');
  expect(await again.textContent()).not.toMatch(BAD);
});

test('the state survives a round trip through the URL', async ({ page }) => {
  const params = await openFigure(page, 'gate-params');
  await params.locator('input[name="units"]').fill('64');
  const inspector = page.locator('book-figure[fid="gate-inspector"]');
  await inspector.scrollIntoViewIfNeeded();
  await expect(inspector).toHaveAttribute('data-status', 'ready');
  await inspector.locator('input[name="pinF"]').check();
  await inspector.locator('input[name="unit"]').fill('4');
  await expect(page).toHaveURL(/gate-params\.units=64/);
  await expect(page).toHaveURL(/gate-inspector\.unit=4/);
  const url = page.url();
  await openFigure(page, 'gate-params', url.slice(url.indexOf('?')));
  await expect(page.locator('book-figure[fid="gate-params"] input[name="units"]')).toHaveValue('64');
  const back = page.locator('book-figure[fid="gate-inspector"]');
  await back.scrollIntoViewIfNeeded();
  await expect(back).toHaveAttribute('data-status', 'ready');
  await expect(back.locator('input[name="pinF"]')).toBeChecked();
  await expect(back.locator('input[name="unit"]')).toHaveValue('4');
});

test('the built chapter links to an anchor that exists in Chapter 4, and has its six exercises', async ({
  page,
}) => {
  const ch4 = readFileSync(join(OUT, 'chapters/vanishing-gradients/index.html'), 'utf8');
  expect(ch4).toContain('id="the-gradient-through-time-is-a-product"');
  await page.goto(CHAPTER);
  await expect(
    page.locator('a[href="/chapters/vanishing-gradients/#the-gradient-through-time-is-a-product"]'),
  ).toHaveCount(1);
  await expect(page.locator('book-exercise')).toHaveCount(6);
  await expect(page.locator('.equation')).toHaveCount(4);
  await expect(page.locator('.equation .katex').first()).toBeVisible();
  expect(await page.locator('main').textContent()).not.toMatch(BAD);
});

test.describe('figures agree with the sentences beside them (issue 13)', () => {
  test('highway: the forget gates alone end at the 0.08 the prose works out, and the top of the chart is a labelled tick', async ({
    page,
  }) => {
    const figure = await openFigureAt(page, CHAPTER, 'gate-highway');
    const live = figure.locator('.figure-live');
    await expect(live.locator('.gh-readout')).toContainText('the forget gates alone pass 0.077');
    await expect(live.locator('path.lc-line')).toHaveCount(5);
    const top = await live.locator('svg .lc-axis').nth(1).locator('.tick').last().textContent();
    expect(top).toBe('10²');
  });

  test('highway on a phone: the chart sits above the sliders', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const figure = await openFigureAt(page, CHAPTER, 'gate-highway');
    const chart = await figure.locator('.figure-live svg').first().boundingBox();
    const slider = await figure.locator('.figure-live input[name="steps"]').boundingBox();
    expect((chart?.y ?? 0) < (slider?.y ?? 0)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test('gate inspector: a colour key with computed ends, and the bottom grid labelled by step and unit', async ({
    page,
  }) => {
    const figure = await openFigureAt(page, CHAPTER, 'gate-inspector');
    const live = figure.locator('.figure-live');
    await expect(live.locator('.gi-legend')).toHaveCount(2);
    await expect(live.locator('.gi-legend').last()).toContainText(
      /C over time: blue −\d\.\d\d, background 0, orange/,
    );
    await expect(live.locator('.gi-hhead .gi-hstep').first()).toHaveText('1');
    await expect(live.locator('.gi-hunit .gi-hlabel').first()).toHaveText('1');
    expect(await live.textContent()).not.toMatch(BAD);
  });

  test('without JavaScript the race shows a recorded race with its verdict, labelled as one', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(CHAPTER);
    const figure = page.locator('book-figure[fid="gate-race"]');
    await expect(figure.locator('.recorded-note')).toContainText(
      'Recorded race of the engine, seed 1, lag 50',
    );
    await expect(figure.locator('.recorded-note')).toContainText('Verdict at lag 50');
    await expect(figure.locator('svg.recorded-chart path.lc-line')).toHaveCount(3);
    expect(await figure.textContent()).not.toMatch(BAD);
    await context.close();
  });
});
