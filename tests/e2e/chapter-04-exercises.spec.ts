// Chapter 4's exercises driven as a reader would: the bound and the sigmoid's threshold computed from the
// gradient figure's model (wrong, then right, and bad input gets a plain message), each multiple choice,
// the radius-1.2 prediction that sets the figure, the live task at T = 30 (failing, then passing), and
// the derivation's worked solution; then the sidebar counts them all.
import { expect, type Page, test } from '@playwright/test';
import { answer, choose, ex, exerciseKinds, feedback, openExercises } from './support/exercises.ts';
import { readyFigure } from './support/figures.ts';

const CHAPTER = '/chapters/vanishing-gradients/';
const open = (page: Page) => openExercises(page, CHAPTER, 'bound-share');
const ALL = 8;

const flow = (page: Page) => readyFigure(page, 'gradient-flow');

test('the chapter has its exercises, of every kind', async ({ page }) => {
  await open(page);
  const kinds = await exerciseKinds(page);
  expect(kinds).toHaveLength(ALL);
  expect(new Set(kinds)).toEqual(new Set(['numeric', 'choice', 'predict', 'widget', 'derivation']));
});

test('the bound at radius 0.8 and T = 50: 0.8⁵⁰ is too low, 0.8⁴⁹ is right', async ({ page }) => {
  await open(page);
  await answer(page, 'bound-share', String(0.8 ** 50));
  await expect(feedback(page, 'bound-share')).toContainText('is too low');
  await expect(feedback(page, 'bound-share')).toContainText('crosses 49 steps');
  await answer(page, 'bound-share', '1.78e-5');
  await expect(feedback(page, 'bound-share')).toContainText('Right:');
  await expect(ex(page, 'bound-share').locator('[data-done-mark]')).toBeVisible();
});

test('the bound can be typed as a student writes it: 0.8^49, 1.78 × 10^-5, 1.78x10^-5, 1.78·10⁻⁵', async ({
  page,
}) => {
  await open(page);
  for (const typed of ['0.8^49', '1.78 × 10^-5', '1.78x10^-5', '1.78·10⁻⁵', '1.78 × 10^−5']) {
    await answer(page, 'bound-share', '');
    await answer(page, 'bound-share', typed);
    await expect(feedback(page, 'bound-share')).toContainText('Right:');
    await expect(feedback(page, 'bound-share')).toContainText('computed by the code the figures run');
    await expect(feedback(page, 'bound-share')).not.toContainText('when this page was built');
  }
  await answer(page, 'bound-share', '1.78 × 10-5');
  await expect(feedback(page, 'bound-share')).toContainText('Write a power of ten with ^');
  await expect(ex(page, 'bound-share').locator('input[data-input]')).toHaveAttribute('aria-invalid', 'true');
});

test('the sigmoid’s threshold: 1 is too low, 4 is right', async ({ page }) => {
  await open(page);
  await answer(page, 'sigmoid-sigma', '1');
  await expect(feedback(page, 'sigmoid-sigma')).toContainText('Not yet: 1 is too low');
  await answer(page, 'sigmoid-sigma', '4');
  await expect(feedback(page, 'sigmoid-sigma')).toContainText('Right: 4');
});

test('each multiple choice gives its own feedback, wrong then right', async ({ page }) => {
  await open(page);
  await choose(page, 'clip-direction', /^Clipping by value/);
  await expect(feedback(page, 'clip-direction')).toContainText('Not this one. Clamping keeps the sign');
  await choose(page, 'clip-direction', /^Global-norm clipping/);
  await expect(feedback(page, 'clip-direction')).toContainText('Right. Multiplying the whole vector');

  await choose(page, 'small-threshold', /does not change/);
  await expect(feedback(page, 'small-threshold')).toContainText('The threshold is the largest step');
  await choose(page, 'small-threshold', /falls more slowly at first/);
  await expect(feedback(page, 'small-threshold')).toContainText('Right. While the gradient norm is above τ');

  await choose(page, 'clip-cannot-fix', /underflowed to exactly zero/);
  await expect(feedback(page, 'clip-cannot-fix')).toContainText('A vanished gradient is tiny, not zero');
  await choose(page, 'clip-cannot-fix', /Clipping can only shorten a gradient/);
  await expect(feedback(page, 'clip-cannot-fix')).toContainText('Right. Clipping only ever shortens');
});

test('predict, then reveal: the figure is set to tanh at radius 1.2 only after committing', async ({
  page,
}) => {
  await open(page);
  const group = ex(page, 'predict-tanh-radius');
  await group.locator('button[data-check]').click();
  await expect(feedback(page, 'predict-tanh-radius')).toContainText('Choose a prediction first');
  await expect(group.locator('[data-reveal]')).toBeHidden();
  await choose(page, 'predict-tanh-radius', /^It explodes/);
  await expect(feedback(page, 'predict-tanh-radius')).toContainText('Your prediction was not right.');
  await expect(group.locator('[data-reveal]')).toBeVisible();
  await expect(group.locator('[data-reveal] .katex').first()).toBeVisible();
  await expect(group.getByLabel(/^It vanishes/)).toBeDisabled();
  const figure = await flow(page);
  await expect
    .poll(() => figure.evaluate((f) => (f as unknown as { state: Record<string, unknown> }).state))
    .toMatchObject({ act: 'tanh', radius: 1.2, steps: 100 });
  // What the reveal says: far less than 10⁻⁸ reaches step 1, and the figure calls it vanishing.
  await expect(figure.locator('.figure-live .gf-readout')).toContainText(/× 10⁻(⁹|[¹-⁹][⁰-⁹]) \(vanishing\)/);
});

test('the task at T = 30 fails, says why, and passes once the gradient survives', async ({ page }) => {
  await open(page);
  const figure = await flow(page);
  const live = figure.locator('.figure-live');
  await expect(feedback(page, 'keep-alive')).toContainText('the length T is 100. Set it to 30 first.');
  await live.locator('input[name="steps"]').fill('30');
  await expect(feedback(page, 'keep-alive')).toContainText('only 4.6 × 10⁻⁶ of the last step');
  await live.locator('select[name="act"]').selectOption('sigmoid');
  await live.locator('input[name="radius"]').fill('1.5');
  await expect(feedback(page, 'keep-alive')).toContainText('below 10⁻³');
  await live.locator('select[name="act"]').selectOption('linear');
  await expect(feedback(page, 'keep-alive')).toContainText('it has exploded');
  await expect(ex(page, 'keep-alive').locator('[data-done-mark]')).toBeHidden();
  await live.locator('select[name="act"]').selectOption('tanh');
  await expect(feedback(page, 'keep-alive')).toContainText(
    "Done: at T = 30, 0.17 of the last step's gradient reaches step 1, with tanh at radius 1.50.",
  );
  await expect(ex(page, 'keep-alive').locator('[data-done-mark]')).toBeVisible();
});

test('the figures’ controls name the state they set, so an assignment can lock them', async ({ page }) => {
  await open(page);
  const figure = await flow(page);
  for (const key of ['radius', 'act', 'steps', 'hidden', 'init', 'seed'])
    await expect(figure.locator(`.figure-live [data-state-key="${key}"]`)).toHaveCount(1);
});

test('the derivation reveals its worked solution on request and counts as done', async ({ page }) => {
  await open(page);
  const group = ex(page, 'sigmoid-gamma');
  await expect(group.locator('.exercise-solution-body')).toBeHidden();
  await group.getByLabel(/Your working/).fill("s'(z) = s(1 - s) <= 1/4, so sigma_max > 4");
  await group.getByText('Show the worked solution').click();
  await expect(group.locator('.exercise-solution-body .katex').first()).toBeVisible();
  await expect(group.locator('[data-done-mark]')).toBeVisible();
});

test('bad input into each numeric field gets a plain message and is not recorded', async ({ page }) => {
  await open(page);
  const junk = ['', '   ', 'abc', 'NaN', 'Infinity', '1e999', '0,7', '٠٫٥', '😀', '1/0', 'x'.repeat(5000)];
  for (const [id, example] of [
    ['bound-share', '1e-3'],
    ['sigmoid-sigma', '2.5'],
  ]) {
    for (const text of junk) {
      await answer(page, id, text);
      const said = (await feedback(page, id).textContent()) ?? '';
      expect(said, `${id} after ${JSON.stringify(text.slice(0, 20))}`).toContain(
        `Enter a number, like ${example}`,
      );
      expect(said).not.toMatch(/\b(NaN|Infinity|undefined)\b/);
      await expect(ex(page, id).locator('input[data-input]')).toHaveAttribute('aria-invalid', 'true');
    }
  }
  expect(await page.evaluate(() => localStorage.getItem('unrolled.progress'))).toBeNull();
});

test('every exercise done shows as a check in the sidebar, and survives a reload', async ({ page }) => {
  await open(page);
  const mark = page.locator('.sidebar [data-progress-chapter="vanishing-gradients"]');
  await answer(page, 'bound-share', '1.784e-5');
  await expect(mark).toContainText(`1/${ALL}`);
  await answer(page, 'sigmoid-sigma', '4');
  await choose(page, 'clip-direction', /^Global-norm clipping/);
  await choose(page, 'small-threshold', /falls more slowly at first/);
  await choose(page, 'clip-cannot-fix', /Clipping can only shorten a gradient/);
  await choose(page, 'predict-tanh-radius', /^It vanishes/);
  await ex(page, 'sigmoid-gamma').getByText('Show the worked solution').click();
  await ex(page, 'sigmoid-gamma').getByRole('button', { name: 'I follow the worked solution' }).click();
  const live = (await flow(page)).locator('.figure-live');
  await live.locator('input[name="steps"]').fill('30');
  await live.locator('input[name="radius"]').fill('1.2');
  await expect(mark).toContainText('✓');
  await expect(mark).toContainText(`all ${ALL} exercises done`);
  await page.reload();
  await expect(mark).toContainText('✓');
});
