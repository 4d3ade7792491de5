// Chapter 2's exercises driven as a reader would: the numeric answers computed from the corpus (wrong,
// then right, and bad input gets a plain message), each multiple choice, the temperature-0 prediction
// that sets the generator, the live task on the context explorer (failing, then passing), and the
// derivation's worked solution; then the sidebar counts them all.
import { expect, type Page, test } from '@playwright/test';
import { answer, choose, ex, exerciseKinds, feedback, openExercises } from './support/exercises.ts';

const CHAPTER = '/chapters/ngrams/';
const open = (page: Page) => openExercises(page, CHAPTER, 'p-states-of');
const ALL = 8;

test('the chapter has its exercises, of every kind', async ({ page }) => {
  await open(page);
  const kinds = await exerciseKinds(page);
  expect(kinds).toHaveLength(ALL);
  expect(new Set(kinds)).toEqual(new Set(['numeric', 'choice', 'predict', 'widget', 'derivation']));
});

test('P(america | states of) is checked against the trigram row’s counts, read off the figure', async ({
  page,
}) => {
  await open(page);
  await answer(page, 'p-states-of', '0.966');
  await expect(feedback(page, 'p-states-of')).toContainText('Not yet: 0.966 is too high');
  await expect(feedback(page, 'p-states-of')).toContainText('trigram row');
  // The right answer is what the figure shows: the trigram row's count of "america" over its context's.
  const figure = page.locator('book-figure[fid="ngram-explorer"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  await figure.locator('.figure-live input[type="text"]').fill('the united states of');
  const row = figure.locator('.figure-live .nx-row[data-n="3"]');
  const bar = row.locator('.nx-bar', { has: page.locator('.nx-word', { hasText: /^america$/ }) });
  const label = (await bar.locator('.nx-p').textContent()) ?? '';
  const m = /= ([\d,]+) \/ ([\d,]+)$/.exec(label);
  expect(m, label).not.toBeNull();
  const ratio = (Number(m![1].replace(/,/g, '')) / Number(m![2].replace(/,/g, ''))).toFixed(3);
  await answer(page, 'p-states-of', `${m![1]}/${m![2]}`);
  await expect(feedback(page, 'p-states-of')).toContainText(`Right: ${Number(ratio)}`);
  await expect(ex(page, 'p-states-of').locator('[data-done-mark]')).toBeVisible();
});

test('the add-one share: 1 is too high, the share left after the seen words is right', async ({ page }) => {
  await open(page);
  await answer(page, 'add-one-share', '1');
  await expect(feedback(page, 'add-one-share')).toContainText('Not yet: 1 is too high');
  await answer(page, 'add-one-share', '99.96%');
  await expect(feedback(page, 'add-one-share')).toContainText('Right: 0.9996');
});

test('each multiple choice gives its own feedback, wrong then right', async ({ page }) => {
  await open(page);
  await choose(page, 'trust-longer', /^The trigram.s:/);
  await expect(feedback(page, 'trust-longer')).toContainText('Not this one. The shorter context');
  await choose(page, 'trust-longer', /^The 5-gram.s: its context is more specific/);
  await expect(feedback(page, 'trust-longer')).toContainText('Right. A longer context helps');

  await choose(page, 'unigram-infinite', /add every held-out word/);
  await expect(feedback(page, 'unigram-infinite')).toContainText('The diagnosis is right, the fix is not');
  await choose(page, 'unigram-infinite', /add one unknown-word token/);
  await expect(feedback(page, 'unigram-infinite')).toContainText('Right. Any held-out word with count 0');
  await expect(feedback(page, 'unigram-infinite')).toContainText('<unk>');

  await choose(page, 'add-one-rises', /unseen n-grams get probability zero/);
  await expect(feedback(page, 'add-one-rises')).toContainText('Add-one never gives probability zero');
  await choose(page, 'add-one-rises', /Longer contexts are seen fewer times/);
  await expect(feedback(page, 'add-one-rises')).toContainText('Right. Longer contexts are rarer');
});

test('predict, then reveal: the generator is set to trigrams at temperature 0 only after committing', async ({
  page,
}) => {
  await open(page);
  const figure = page.locator('book-figure[fid="ngram-generator"]');
  const group = ex(page, 'predict-greedy');
  await group.locator('button[data-check]').click();
  await expect(feedback(page, 'predict-greedy')).toContainText('Choose a prediction first');
  await expect(group.locator('[data-reveal]')).toBeHidden();
  await choose(page, 'predict-greedy', 'A fluent new sentence with every sample.');
  await expect(feedback(page, 'predict-greedy')).toContainText('Your prediction was not right.');
  await expect(group.locator('[data-reveal]')).toBeVisible();
  await expect(group.locator('[data-reveal] .katex').first()).toBeVisible();
  await expect(group.getByLabel(/The same short sentence/)).toBeDisabled();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  await expect
    .poll(() => figure.evaluate((f) => (f as unknown as { state: Record<string, number> }).state))
    .toMatchObject({ order: 3, temperature: 0 });
  // What the reveal says: one sentence, repeated, and "New sample" changes nothing.
  const live = figure.locator('.figure-live');
  const sentences = await live.locator('.gen-sentence').allTextContents();
  const whole = sentences.slice(0, -1);
  expect(whole.length).toBeGreaterThan(2);
  expect(new Set(whole).size).toBe(1);
  await live.locator('button.gen-new').click();
  await expect
    .poll(() => figure.evaluate((f) => (f as unknown as { state: { seed: number } }).state.seed))
    .toBe(2);
  expect(await live.locator('.gen-sentence').allTextContents()).toEqual(sentences);
});

test('the task on the explorer fails, says why, and passes for three known words never seen together', async ({
  page,
}) => {
  await open(page);
  const figure = page.locator('book-figure[fid="ngram-explorer"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  await expect(feedback(page, 'three-unseen')).toContainText('Not yet: "was going to" occurs');
  const input = figure.locator('.figure-live input[type="text"]');
  await input.fill('the cat');
  await expect(feedback(page, 'three-unseen')).toContainText('at least three words');
  await input.fill('purple dog zxqvw');
  await expect(feedback(page, 'three-unseen')).toContainText('"zxqvw" is not in the corpus');
  await input.fill('the cat sat quietly');
  await expect(feedback(page, 'three-unseen')).toContainText('"sat quietly" occurs once');
  await input.fill('my grandmother baked a');
  await expect(feedback(page, 'three-unseen')).toContainText('chapter’s own example');
  await expect(ex(page, 'three-unseen').locator('[data-done-mark]')).toBeHidden();
  await input.fill('the dog baked a');
  await expect(feedback(page, 'three-unseen')).toContainText(
    'Done: every word is in the corpus, yet "baked a" never occurs in it',
  );
  await expect(ex(page, 'three-unseen').locator('[data-done-mark]')).toBeVisible();
});

test('the derivation reveals its worked solution on request and counts as done', async ({ page }) => {
  await open(page);
  const group = ex(page, 'mle-and-uniform');
  await expect(group.locator('.exercise-solution-body')).toBeHidden();
  await group.getByLabel(/Your working/).fill('p_w = c(hw)/lambda, lambda = c(h)');
  await group.getByText('Show the worked solution').click();
  await expect(group.locator('.exercise-solution-body .katex').first()).toBeVisible();
  await expect(group.locator('[data-done-mark]')).toBeVisible();
});

test('bad input into each numeric field gets a plain message and is not recorded', async ({ page }) => {
  await open(page);
  const junk = ['', '   ', 'abc', 'NaN', 'Infinity', '1e999', '0,7', '٠٫٥', '😀', '1/0', 'x'.repeat(5000)];
  for (const id of ['p-states-of', 'add-one-share']) {
    for (const text of junk) {
      await answer(page, id, text);
      const said = (await feedback(page, id).textContent()) ?? '';
      expect(said, `${id} after ${JSON.stringify(text.slice(0, 20))}`).toMatch(/Enter a number, like /);
      expect(said).not.toMatch(/\b(NaN|Infinity|undefined)\b/);
      await expect(ex(page, id).locator('input[data-input]')).toHaveAttribute('aria-invalid', 'true');
    }
  }
  expect(await page.evaluate(() => localStorage.getItem('unrolled.progress'))).toBeNull();
});

test('every exercise done shows as a check in the sidebar, and survives a reload', async ({ page }) => {
  await open(page);
  const mark = page.locator('.sidebar [data-progress-chapter="ngrams"]');
  await answer(page, 'p-states-of', '0.698');
  await expect(mark).toContainText(`1/${ALL}`);
  await answer(page, 'add-one-share', '0.9996');
  await choose(page, 'trust-longer', /^The 5-gram.s: its context is more specific/);
  await choose(page, 'unigram-infinite', /add one unknown-word token/);
  await choose(page, 'add-one-rises', /Longer contexts are seen fewer times/);
  await choose(page, 'predict-greedy', /The same short sentence/);
  await ex(page, 'mle-and-uniform').getByText('Show the worked solution').click();
  await ex(page, 'mle-and-uniform').getByRole('button', { name: 'I follow the worked solution' }).click();
  const figure = page.locator('book-figure[fid="ngram-explorer"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  await figure.locator('.figure-live input[type="text"]').fill('the dog baked a');
  await expect(mark).toContainText('✓');
  await expect(mark).toContainText(`all ${ALL} exercises done`);
  await page.reload();
  await expect(mark).toContainText('✓');
});
