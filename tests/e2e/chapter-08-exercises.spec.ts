// Chapter 8's exercises driven as a reader would: √48 where √12 is right, a block counted as 12d² without its biases and layer norms, the trigram's
// saving and the first copy's floor typed from the computed answers, each multiple choice wrong then right, the
// shuffle prediction that sets the positions figure, the heads task refusing an untrained model, and the two
// derivations' worked solutions; then the sidebar counts what was done.
import { expect, type Page, test } from '@playwright/test';
import { resolveAnswer } from '../../src/components/exercises/answers/index.ts';
import { answer, choose, ex, exerciseKinds, feedback, openExercises } from './support/exercises.ts';
import { readyFigure } from './support/figures.ts';

const CHAPTER = '/chapters/transformer/';
const open = (page: Page) => openExercises(page, CHAPTER, 'head-scale');

test('the chapter has its twelve exercises, of every kind', async ({ page }) => {
  await open(page);
  const kinds = await exerciseKinds(page);
  expect(kinds).toHaveLength(12);
  expect(new Set(kinds)).toEqual(new Set(['numeric', 'choice', 'predict', 'widget', 'derivation']));
});

test('the numeric answers: a common slip is refused, the computed answer accepted', async ({ page }) => {
  await open(page);
  await answer(page, 'head-scale', String(Math.sqrt(48)));
  await expect(feedback(page, 'head-scale')).toContainText('too high');
  await answer(page, 'head-scale', '3.46');
  await expect(feedback(page, 'head-scale')).toContainText('Right');
  // 12d² alone forgets the biases and the layer norms' gains and shifts (13d)
  await answer(page, 'block-params', String(12 * 48 * 48));
  await expect(feedback(page, 'block-params')).toContainText('too low');
  await answer(page, 'block-params', String(await resolveAnswer('transformer.block-params-48', 'e2e')));
  await expect(feedback(page, 'block-params')).toContainText('Right');
  for (const [id, key] of [
    ['trigram-saving', 'transformer.trigram-saving'],
    ['first-copy-floor', 'transformer.first-copy-floor'],
  ]) {
    await answer(page, id, (await resolveAnswer(key, 'e2e')).toFixed(2));
    await expect(feedback(page, id)).toContainText('Right');
    await expect(ex(page, id).locator('[data-done-mark]')).toBeVisible();
  }
});

test('each multiple choice gives its own feedback, wrong then right', async ({ page }) => {
  await open(page);
  for (const [id, wrong, right] of [
    ['causal-why', /^It would learn better/, /copy the answer/],
    ['temperature-topk', /^Temperature 2/, /^Top-k = 1/],
    ['step-growth', /^The RNN’s/, /^The transformer’s/],
  ] as const) {
    await choose(page, id, wrong);
    await expect(feedback(page, id)).toContainText('Not this one.');
    await choose(page, id, right);
    await expect(feedback(page, id)).toContainText('Right.');
  }
});

test('predict, then reveal: committing "of order one" is right and puts sinusoidal positions into the figure', async ({
  page,
}) => {
  await open(page);
  const group = ex(page, 'shuffle-sinusoidal');
  await expect(group.locator('[data-reveal]')).toBeHidden();
  await choose(page, 'shuffle-sinusoidal', /^Of order one/);
  await expect(feedback(page, 'shuffle-sinusoidal')).toContainText('Your prediction was right.');
  await expect(group.locator('[data-reveal]')).toBeVisible();
  const figure = await readyFigure(page, 'positions-order');
  await expect(figure.locator('.figure-live .po-verdict')).toContainText('order now matters');
});

test('the heads task refuses the untrained model and says how to go on', async ({ page }) => {
  await open(page);
  await readyFigure(page, 'tiny-gpt');
  await expect(feedback(page, 'previous-char-head')).toContainText(/Not yet|has not read its heads/);
  await expect(ex(page, 'previous-char-head').locator('[data-done-mark]')).toBeHidden();
});

test('the derivations show their worked solutions with rendered maths', async ({ page }) => {
  await open(page);
  for (const id of ['relative-shift', 'layernorm-gradient']) {
    const group = ex(page, id);
    await expect(group.locator('.exercise-solution-body')).toBeHidden();
    await group.getByText('Show the worked solution').click();
    await expect(group.locator('.exercise-solution-body .katex').first()).toBeVisible();
  }
});
