// Chapter 3's figures driven as a reader would: typing and picking sentences, stepping forward and backward,
// every slider at both ends, links that carry state, and the prose claims checked against the live models.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { BAD, bothEnds, modelOf, openFigure as openFigureAt } from './support/figures.ts';

const CHAPTER = '/chapters/rnns/';
const openFigure = (page: Page, fid: string, query = '') => openFigureAt(page, CHAPTER + query, fid);
interface Step {
  word: string;
  x: number[];
  h: number[];
  z: number[];
  Whh_h: number[];
}

test('unroller: "The cat sat" by default, and the step buttons grow and shrink the graph', async ({
  page,
}) => {
  const figure = await openFigure(page, 'unroller');
  const live = figure.locator('.figure-live');
  await expect(live.locator('.ur-cell:not(.ur-unread)')).toHaveCount(4); // h₀ and three words
  await expect(live.locator('.ur-eq-head')).toContainText('Step 3, “sat”');
  await live.getByRole('button', { name: 'Read the next word' }).click();
  await expect(live.locator('.ur-cell:not(.ur-unread)')).toHaveCount(5);
  await expect(live.locator('.ur-eq-head')).toContainText('Step 4, “on”');
  await live.getByRole('button', { name: 'Step back' }).click();
  await live.getByRole('button', { name: 'Step back' }).click();
  await expect(live.locator('.ur-eq-head')).toContainText('Step 2, “cat”');
  await expect(page).toHaveURL(/unroller\.step=2/);
  // the table's last column is h_t, one row per unit, and it matches the model
  const m = await modelOf<{ steps: Step[] }>(page, 'unroller');
  const cells = live.locator('.ur-table tbody tr td:last-child');
  await expect(cells).toHaveCount(6);
  const shown = await cells.allTextContents();
  shown.forEach((s, j) => {
    expect(Number(s.replace('−', '-'))).toBeCloseTo(m.steps[1].h[j], 2);
  });
});

test('unroller: typing and picking a sentence, focus shows exact values, sliders at both ends', async ({
  page,
}) => {
  const figure = await openFigure(page, 'unroller');
  const live = figure.locator('.figure-live');
  const box = live.locator('input[name="sentence"]');
  await box.fill('I saw her duck');
  await expect(live.locator('.ur-cell')).toHaveCount(5);
  await live.locator('select[name="preset"]').selectOption('Dogs chase cats and cats chase mice');
  await expect(box).toHaveValue('Dogs chase cats and cats chase mice');
  await live.locator('.ur-cell').nth(2).focus();
  await expect(live.locator('.ur-hover')).toContainText('x₂ = [');
  await box.fill('');
  await expect(live.locator('.widget-message')).toContainText('at least one word');
  await box.fill('one two three four five six seven eight nine ten');
  await expect(live.locator('.widget-message')).toContainText('first 8 words');
  await bothEnds(figure);
});

test('unroller: the prose claims hold (h₁ ignores W_hh; "the" at step 5 has x₅ = x₁ but h₅ ≠ h₁)', async ({
  page,
}) => {
  await openFigure(page, 'unroller', '?unroller.step=6');
  const m = await modelOf<{ steps: Step[] }>(page, 'unroller');
  expect(m.steps[0].Whh_h.every((v) => v === 0)).toBe(true);
  expect(m.steps[4].word).toBe('the');
  expect(m.steps[4].x).toEqual(m.steps[0].x);
  expect(Math.max(...m.steps[4].h.map((v, j) => Math.abs(v - m.steps[0].h[j])))).toBeGreaterThan(0.01);
});

test('bptt: going back step by step adds each contribution, and all of them equal the shared gradient', async ({
  page,
}) => {
  const figure = await openFigure(page, 'bptt');
  const live = figure.locator('.figure-live');
  await expect(live.locator('.bp-mat')).toHaveCount(4); // steps 6 and 5, the sum, the shared gradient
  for (let k = 3; k <= 6; k++) {
    await live.getByRole('button', { name: 'Go back one step' }).click();
    await expect(live.locator('.bp-mat')).toHaveCount(k + 2);
  }
  await expect(live.getByRole('button', { name: 'Go back one step' })).toBeDisabled();
  await expect(live.locator('.bp-result')).toContainText('they equal the gradient of the shared W_hh');
  const m = await modelOf<{
    steps: { contributionNorm: number }[];
    partial: number[];
    shared: number[];
    maxDifference: number;
  }>(page, 'bptt');
  expect(m.steps[0].contributionNorm).toBe(0);
  expect(m.maxDifference).toBeLessThan(1e-12);
  m.partial.forEach((v, k) => {
    expect(v).toBeCloseTo(m.shared[k], 12);
  });
  await live.getByRole('button', { name: 'Undo' }).click();
  await expect(live.locator('.bp-result')).toContainText('1 step still to go');
});

test('bptt: a link sets its state, a new sentence works, sliders at both ends', async ({ page }) => {
  const figure = await openFigure(page, 'bptt', '?bptt.back=1&bptt.sentence=I%20saw%20her%20duck');
  const live = figure.locator('.figure-live');
  await expect(live.locator('input[name="sentence"]')).toHaveValue('I saw her duck');
  await expect(live.locator('.ur-cell.ur-selected')).toContainText('4. duck');
  await live.locator('.ur-cell.ur-selected').focus();
  await expect(live.locator('.ur-hover')).toContainText('∂L/∂h₄ = [');
  await bothEnds(figure);
});

test('prose links put the figures into the states the prose describes', async ({ page }) => {
  await page.goto(CHAPTER);
  await page.locator('a', { hasText: 'the whole sentence' }).click();
  const unroller = page.locator('book-figure[fid="unroller"]');
  await expect(unroller.locator('.figure-live .ur-eq-head')).toContainText('Step 6, “mat”');
  await page.locator('a', { hasText: 'Go all the way back' }).click();
  const bptt = page.locator('book-figure[fid="bptt"]');
  await expect(bptt.locator('.figure-live .bp-result')).toContainText('All 6 contributions summed');
});

/** Waits for the char-RNN run to finish and returns its final loss and samples, read from the page. */
async function finishedRun(figure: Locator) {
  const live = figure.locator('.figure-live');
  await expect(live.locator('.cr-status')).toContainText(/finished \d+ steps|overflow at step/, {
    timeout: 90_000,
  });
  const aria = (await live.locator('svg').getAttribute('aria-label')) as string;
  const loss = Number(/: ([0-9.]+) at step/.exec(aria)?.[1]);
  const samples = await live.locator('.cr-samples li').allTextContents();
  return { loss, samples, aria };
}

test('char-RNN: trains in a worker, the loss falls far below guessing, the samples turn into words', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const figure = await openFigure(page, 'char-rnn');
  const live = figure.locator('.figure-live');
  await expect(live.locator('.cr-samples li').first()).toContainText('step 0 (untrained)');
  const { loss, samples, aria } = await finishedRun(figure);
  const uniform = Number(/against ([0-9.]+)/.exec(aria)?.[1]);
  expect(loss).toBeLessThan(uniform / 3);
  // after a few hundred steps, words of the text; at the end, phrases
  const mid = samples.find((s) => /^step ([2-9]\d\d)\b/.test(s)) as string;
  expect(mid).toMatch(/the|sat|on/);
  expect(samples[samples.length - 1]).toMatch(/the (cat|dog|mat|log)|sat on/);
  expect(await live.textContent()).not.toMatch(BAD);
});

test('char-RNN: pause, resume and train again', async ({ page }) => {
  test.setTimeout(150_000);
  const figure = await openFigure(page, 'char-rnn', '?char-rnn.lr=0.001');
  const live = figure.locator('.figure-live');
  const pause = live.getByRole('button', { name: 'Pause' });
  await expect(pause).toBeEnabled();
  await pause.click();
  await expect(live.locator('.cr-status')).toContainText(/paused at step \d+/);
  const at = await live.locator('.cr-status').textContent();
  await page.waitForTimeout(500);
  await expect(live.locator('.cr-status')).toHaveText(at as string);
  await live.getByRole('button', { name: 'Resume' }).click();
  await expect(live.locator('.cr-status')).toContainText(/training|finished/);
  await expect.poll(() => live.locator('.cr-samples li').count()).toBeGreaterThan(3);
  // "Train again" takes the pause button's place once the run has ended
  await expect(live.getByRole('button', { name: 'Train again' })).toBeVisible({ timeout: 90_000 });
  await live.getByRole('button', { name: 'Train again' }).click();
  // training again clears the samples and begins again from the untrained network
  await expect.poll(() => live.locator('.cr-samples li').count()).toBeLessThan(3);
  await expect(live.locator('.cr-samples li').first()).toContainText('step 0 (untrained)');
});

test('char-RNN: the prose claims hold (4 hidden units learn less; the largest rate climbs back); sliders at both ends', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const base = await finishedRun(await openFigure(page, 'char-rnn'));
  const small = await finishedRun(await openFigure(page, 'char-rnn', '?char-rnn.hidden=4'));
  expect(small.loss).toBeGreaterThan(base.loss);
  const figure = await openFigure(page, 'char-rnn', '?char-rnn.lr=0.05');
  await finishedRun(figure);
  const m = (await page.evaluate(() => {
    const el = document.querySelector('book-figure[fid="char-rnn"]') as unknown as {
      model: { run: { parts: { points: { loss: number }[] }[] } };
    };
    return el.model.run.parts[0].points.map((p) => p.loss);
  })) as number[];
  expect(m[m.length - 1]).toBeGreaterThan(3 * Math.min(...m));
  await bothEnds(figure);
});
