// Chapter 3's exercises driven as a reader would: the weight count computed from the figures' network
// (wrong, then right, and bad input gets a plain message), each multiple choice, the nested-h3 derivation,
// and the live task on the BPTT figure (failing, then passing); then the sidebar counts them all.
import { expect, type Page, test } from '@playwright/test';
import { answer, choose, ex, exerciseKinds, feedback, openExercises } from './support/exercises.ts';
import { readyFigure } from './support/figures.ts';

const CHAPTER = '/chapters/rnns/';
const open = (page: Page) => openExercises(page, CHAPTER, 'recurrent-params');
const ALL = 6;

const bptt = async (page: Page) => (await readyFigure(page, 'bptt')).locator('.figure-live');

test('the chapter has its exercises, of every kind it needs', async ({ page }) => {
  await open(page);
  const kinds = await exerciseKinds(page);
  expect(kinds).toHaveLength(ALL);
  expect(new Set(kinds)).toEqual(new Set(['numeric', 'choice', 'widget', 'derivation']));
});

test('the weight count: H² alone is too low, H² + HD + H is right', async ({ page }) => {
  await open(page);
  await answer(page, 'recurrent-params', '36');
  await expect(feedback(page, 'recurrent-params')).toContainText('Not yet: 36 is too low');
  await expect(feedback(page, 'recurrent-params')).toContainText('W_hh is H × H');
  await answer(page, 'recurrent-params', '66');
  await expect(feedback(page, 'recurrent-params')).toContainText('Right: 66');
  await expect(ex(page, 'recurrent-params').locator('[data-done-mark]')).toBeVisible();
});

test('each multiple choice gives its own feedback, wrong then right', async ({ page }) => {
  await open(page);
  await choose(page, 'count-and-length', /needs .*copies of the weights/);
  await expect(feedback(page, 'count-and-length')).toContainText('Not this one. Each step does use');
  await choose(page, 'count-and-length', /fixed number of words/);
  await expect(feedback(page, 'count-and-length')).toContainText('not because of a cut-off');
  await choose(page, 'count-and-length', /the same three matrices are used at every step/);
  await expect(feedback(page, 'count-and-length')).toContainText('Right. The weights are shared across time');

  await choose(page, 'sum-not-average', /more accurate in floating point/);
  await expect(feedback(page, 'sum-not-average')).toContainText('Adding numbers is no more exact');
  await choose(page, 'sum-not-average', /One step at a time/);
  await expect(feedback(page, 'sum-not-average')).toContainText('in the middle of the backward pass');
  await choose(page, 'sum-not-average', /by the chain rule/);
  await expect(feedback(page, 'sum-not-average')).toContainText('Right. The loss depends on W_hh');

  await choose(page, 'why-sequential', /fit in the GPU/);
  await expect(feedback(page, 'why-sequential')).toContainText('Memory is not what stops it');
  await choose(page, 'why-sequential', /cannot start until step/);
  await expect(feedback(page, 'why-sequential')).toContainText('Right. h_t needs h_{t−1}');
});

test('the derivation reveals its worked solution on request and counts as done', async ({ page }) => {
  await open(page);
  const group = ex(page, 'nested-h3');
  await expect(group.locator('.exercise-solution-body')).toBeHidden();
  await group
    .getByLabel(/Your working/)
    .fill('h3 = tanh(Whh tanh(Whh tanh(Whh h0 + Wxh x1 + b) + Wxh x2 + b) + Wxh x3 + b)');
  await group.getByText('Show the worked solution').click();
  await expect(group.locator('.exercise-solution-body .katex').first()).toBeVisible();
  await expect(group.locator('[data-done-mark]')).toBeVisible();
});

test('the task on the BPTT figure fails, says why, and passes once a new sentence is walked all the way back', async ({
  page,
}) => {
  await open(page);
  const live = await bptt(page);
  await expect(feedback(page, 'sum-complete')).toContainText('chapter’s own sentence');
  const input = live.locator('input[name="sentence"]');
  await input.fill('The cat sat');
  await expect(feedback(page, 'sum-complete')).toContainText('3 words. Type one of at least 5');
  await input.fill('Dogs chase cats and mice');
  await expect(feedback(page, 'sum-complete')).toContainText('reached 2 of 5 steps');
  await expect(ex(page, 'sum-complete').locator('[data-done-mark]')).toBeHidden();
  const back = live.locator('button[name="back"]');
  await back.click();
  await back.click();
  await expect(feedback(page, 'sum-complete')).toContainText('lacks step 1.');
  await back.click();
  await expect(feedback(page, 'sum-complete')).toContainText('Done: all 5 steps are in');
  await expect(ex(page, 'sum-complete').locator('[data-done-mark]')).toBeVisible();
});

test('the figures’ controls name the state they set, so an assignment can lock them', async ({ page }) => {
  await open(page);
  const live = await bptt(page);
  await expect(live.locator('[data-state-key="sentence"]')).toHaveCount(2);
  await expect(live.locator('[data-state-key="back"]')).toHaveCount(3);
  const unroller = page.locator('book-figure[fid="unroller"]');
  await unroller.scrollIntoViewIfNeeded();
  await expect(unroller).toHaveAttribute('data-status', 'ready');
  await expect(unroller.locator('.figure-live [data-state-key="step"]')).toHaveCount(3);
});

test('bad input into the numeric field gets a plain message and is not recorded', async ({ page }) => {
  await open(page);
  const junk = ['', '   ', 'abc', 'NaN', 'Infinity', '1e999', '0,7', '٠٫٥', '😀', '1/0', 'x'.repeat(5000)];
  for (const text of junk) {
    await answer(page, 'recurrent-params', text);
    const said = (await feedback(page, 'recurrent-params').textContent()) ?? '';
    expect(said, JSON.stringify(text.slice(0, 20))).toMatch(/Enter a number, like 100/);
    expect(said).not.toMatch(/\b(NaN|Infinity|undefined)\b/);
    await expect(ex(page, 'recurrent-params').locator('input[data-input]')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  }
  expect(await page.evaluate(() => localStorage.getItem('unrolled.progress'))).toBeNull();
});

test('every exercise done shows as a check in the sidebar, and survives a reload', async ({ page }) => {
  await open(page);
  const mark = page.locator('.sidebar [data-progress-chapter="rnns"]');
  await answer(page, 'recurrent-params', '66');
  await expect(mark).toContainText(`1/${ALL}`);
  await choose(page, 'count-and-length', /the same three matrices are used at every step/);
  await choose(page, 'sum-not-average', /by the chain rule/);
  await choose(page, 'why-sequential', /cannot start until step/);
  await ex(page, 'nested-h3').getByText('Show the worked solution').click();
  await ex(page, 'nested-h3').getByRole('button', { name: 'I follow the worked solution' }).click();
  const live = await bptt(page);
  await live.locator('input[name="sentence"]').fill('Dogs chase cats and mice');
  await live.locator('input[name="back"]').fill('5');
  await expect(mark).toContainText('✓');
  await expect(mark).toContainText(`all ${ALL} exercises done`);
  await page.reload();
  await expect(mark).toContainText('✓');
});
