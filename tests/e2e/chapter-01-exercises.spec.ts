// Chapter 1's exercises driven as a reader would: a wrong answer, then a right one, for every kind; the
// live task failing, then passing; bad input into the numeric fields; and an assignment locking the
// figures' controls by their data-state-key.
import { expect, type Page, test } from '@playwright/test';
import {
  answer,
  choose,
  doneMark as done,
  ex,
  exerciseKinds,
  feedback,
  openExercises,
} from './support/exercises.ts';
import { encodeAssignment } from '../../src/lib/progress/assignmentLink.ts';

const CHAPTER = '/chapters/bag-of-words/';
const open = (page: Page, query = '') => openExercises(page, CHAPTER + query, 'cosine-by-hand');
test('the section holds seven exercises of all five kinds, numbered in order', async ({ page }) => {
  await open(page);
  const kinds = await exerciseKinds(page);
  expect(kinds).toEqual(['numeric', 'choice', 'derivation', 'widget', 'choice', 'predict', 'numeric']);
  await expect(ex(page, 'bigram-sparsity').locator('.exercise-number')).toHaveText('Exercise 7');
});

test('by hand, then check: the cat/dog cosine is too high, then right as 0.75 and as 3/4', async ({
  page,
}) => {
  await open(page);
  await answer(page, 'cosine-by-hand', '0.8');
  await expect(feedback(page, 'cosine-by-hand')).toContainText('Not yet: 0.8 is too high');
  await expect(feedback(page, 'cosine-by-hand')).toContainText('“The” occurs twice');
  await expect(done(page, 'cosine-by-hand')).toBeHidden();
  await answer(page, 'cosine-by-hand', '3/4');
  await expect(feedback(page, 'cosine-by-hand')).toContainText('Right: 0.75');
  await expect(done(page, 'cosine-by-hand')).toBeVisible();
});

test('bigram cosine: each choice has its own feedback, and the computed 8/13 is the right one', async ({
  page,
}) => {
  await open(page);
  await choose(page, 'bigram-cosine', '0.75, as before');
  await expect(feedback(page, 'bigram-cosine')).toContainText('Not this one. The new features change');
  await choose(page, 'bigram-cosine', '0.4');
  await expect(feedback(page, 'bigram-cosine')).toContainText('the cosine of the bigram counts alone');
  await choose(page, 'bigram-cosine', 'About 0.575');
  await expect(feedback(page, 'bigram-cosine')).toContainText('Cosines do not average');
  await expect(done(page, 'bigram-cosine')).toBeHidden();
  await choose(page, 'bigram-cosine', 'About 0.615');
  await expect(feedback(page, 'bigram-cosine')).toContainText('Right. 7 words and 8 distinct bigrams');
  await expect(done(page, 'bigram-cosine')).toBeVisible();
});

test('length invariance: the prose link sets the figure, and the worked solution opens on request', async ({
  page,
}) => {
  await open(page);
  const group = ex(page, 'length-invariance');
  await group.getByRole('link', { name: /dog bites man.+against.+dog bites man dog bites man/ }).click();
  const figure = page.locator('book-figure[fid="bag-of-words"]');
  await expect(figure).toHaveAttribute('data-status', 'ready');
  const live = figure.locator('.figure-live');
  await expect(live.locator('#bag-of-words-b')).toHaveValue('dog bites man dog bites man');
  await expect(live.locator('.bow-cos-value')).toHaveText('= 1');
  await expect(live.locator('.bow-working')).toContainText('‖a‖ = √3, ‖b‖ = √12');
  await expect(group.locator('.exercise-solution-body')).toBeHidden();
  await group.getByText('Show the worked solution').click();
  await expect(group.locator('.exercise-solution-body .katex').first()).toBeVisible();
  await expect(group.locator('.exercise-solution-body')).toContainText('Cauchy–Schwarz');
  await expect(done(page, 'length-invariance')).toBeHidden();
  await group.getByRole('button', { name: 'I follow the worked solution' }).click();
  await expect(done(page, 'length-invariance')).toBeVisible();
});

test('same bag, different meaning: checked live, failing on the chapter’s pairs, then passing', async ({
  page,
}) => {
  await open(page);
  const figure = page.locator('book-figure[fid="bag-of-words"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  await expect(feedback(page, 'same-bag')).toContainText('Not yet: that pair is the chapter’s own');
  const a = figure.locator('#bag-of-words-a');
  const b = figure.locator('#bag-of-words-b');
  await a.fill('The cat chased the mouse');
  await b.fill('The cat chased the dog');
  await expect(feedback(page, 'same-bag')).toContainText('Not yet: the two bags differ');
  await b.fill('The mouse chased the cat mouse');
  await expect(feedback(page, 'same-bag')).toContainText('Not yet');
  await b.fill('the cat chased the mouse.');
  await expect(feedback(page, 'same-bag')).toContainText('same words in the same order');
  await expect(done(page, 'same-bag')).toBeHidden();
  await b.fill('The mouse chased the cat');
  await expect(feedback(page, 'same-bag')).toContainText(
    'Done: "the cat chased the mouse" and "the mouse chased the cat"',
  );
  await expect(done(page, 'same-bag')).toBeVisible();
  // Moving on from a met task says so live, but the exercise stays done.
  await b.fill('The dog chased the cat');
  await expect(feedback(page, 'same-bag')).toContainText('Not yet: the two bags differ');
  await expect(done(page, 'same-bag')).toBeVisible();
});

test('when order matters: wrong tasks explain themselves, the review verdict is right', async ({ page }) => {
  await open(page);
  await choose(page, 'when-order-matters', 'Filtering spam email');
  await expect(feedback(page, 'when-order-matters')).toContainText('Not this one. Which words occur');
  await choose(page, 'when-order-matters', 'Finding documents on the same subject as a query');
  await expect(feedback(page, 'when-order-matters')).toContainText('a query for “film” scores 0');
  await choose(page, 'when-order-matters', 'Deciding whether a film review is positive or negative');
  await expect(feedback(page, 'when-order-matters')).toContainText('Right. “Not good, it was bad”');
  await expect(done(page, 'when-order-matters')).toBeVisible();
});

test('predict the shuffle: the figure shuffles only once the prediction is committed', async ({ page }) => {
  await open(page);
  const figure = page.locator('book-figure[fid="bow-bigrams"]');
  const group = ex(page, 'predict-shuffle');
  await group.locator('button[data-check]').click();
  await expect(feedback(page, 'predict-shuffle')).toContainText('Choose a prediction first');
  await expect(group.locator('[data-reveal]')).toBeHidden();
  await group.getByLabel('Both').check();
  await group.locator('button[data-check]').click();
  await expect(feedback(page, 'predict-shuffle')).toContainText('Your prediction was not right.');
  await expect(feedback(page, 'predict-shuffle')).toContainText('The words-only cosine cannot move');
  await expect(group.locator('[data-reveal]')).toBeVisible();
  await expect(group.getByLabel('Only the words + bigrams cosine')).toBeDisabled();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  await expect(figure.locator('#bow-bigrams-a')).toHaveValue('the quick brown fox jumps over the lazy dog');
  await expect(figure.locator('.figure-live .bow-status')).toContainText(
    'Shuffled (seed 1). Word counts changed: 0',
  );
  const cosines = figure.locator('.figure-live .bow-size-cos');
  await expect(cosines.nth(0)).toHaveText('= 1');
  await expect(cosines.nth(1)).toHaveText(/^≈ 0\.\d+$/);
});

test('predict the shuffle, predicted right, stays committed after a reload', async ({ page }) => {
  await open(page);
  const group = ex(page, 'predict-shuffle');
  await group.getByLabel('Only the words + bigrams cosine').check();
  await group.locator('button[data-check]').click();
  await expect(feedback(page, 'predict-shuffle')).toContainText('Your prediction was right.');
  await expect(done(page, 'predict-shuffle')).toBeVisible();
  await page.reload();
  await expect(feedback(page, 'predict-shuffle')).toContainText('Your prediction was right.');
  await expect(group.locator('[data-reveal]')).toBeVisible();
});

test('bigram sparsity: too high, then right as a fraction or a percentage', async ({ page }) => {
  await open(page);
  await answer(page, 'bigram-sparsity', '0.02');
  await expect(feedback(page, 'bigram-sparsity')).toContainText('Not yet: 0.02 is too high');
  await expect(feedback(page, 'bigram-sparsity')).toContainText('50,000 × 50,000 possible pairs');
  await answer(page, 'bigram-sparsity', '0.04%');
  await expect(feedback(page, 'bigram-sparsity')).toContainText('Right: 0.0004');
  await answer(page, 'bigram-sparsity', '4e-4');
  await expect(feedback(page, 'bigram-sparsity')).toContainText('Right');
  await expect(done(page, 'bigram-sparsity')).toBeVisible();
});

test('bad input into both numeric fields gets the plain message and is not recorded', async ({ page }) => {
  await open(page);
  const junk = ['', '   ', 'abc', 'NaN', 'Infinity', 'undefined', '1e999', '0,75', '日本語', '😀'];
  for (const id of ['cosine-by-hand', 'bigram-sparsity']) {
    for (const text of [...junk, 'x'.repeat(5000)]) {
      await answer(page, id, text);
      const said = (await feedback(page, id).textContent()) ?? '';
      expect(said, `${id} after ${JSON.stringify(text.slice(0, 20))}`).toMatch(/Enter a number, like /);
      expect(said).not.toMatch(/\b(NaN|Infinity|undefined)\b/);
      await expect(ex(page, id).locator('input[data-input]')).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(done(page, id)).toBeHidden();
  }
  expect(await page.evaluate(() => localStorage.getItem('unrolled.progress'))).toBeNull();
  await expect(page.locator('.sidebar [data-progress-chapter="bag-of-words"]')).toBeEmpty();
});

test('progress: all seven done shows a check beside Chapter 1 in the sidebar, after a reload too', async ({
  page,
}) => {
  await open(page);
  const mark = page.locator('.sidebar [data-progress-chapter="bag-of-words"]');
  await answer(page, 'cosine-by-hand', '0.75');
  await expect(mark).toContainText('1/7');
  await choose(page, 'bigram-cosine', 'About 0.615');
  await ex(page, 'length-invariance').getByText('Show the worked solution').click();
  await ex(page, 'length-invariance').getByRole('button', { name: 'I follow the worked solution' }).click();
  const figure = page.locator('book-figure[fid="bag-of-words"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  await figure.locator('#bag-of-words-a').fill('the cat chased the mouse');
  await figure.locator('#bag-of-words-b').fill('the mouse chased the cat');
  await choose(page, 'when-order-matters', 'Deciding whether a film review is positive or negative');
  await choose(page, 'predict-shuffle', 'Only the words + bigrams cosine');
  await answer(page, 'bigram-sparsity', '0.0004');
  await expect(mark).toContainText('✓');
  await expect(mark).toContainText('all 7 exercises done');
  await page.reload();
  await expect(mark).toContainText('✓');
});

test('an assignment locks the figures’ controls by their data-state-key', async ({ page }) => {
  const code = encodeAssignment({
    v: 1,
    title: 'Locked tokeniser',
    exercises: ['bag-of-words/same-bag'],
    presets: [
      {
        chapter: 'bag-of-words',
        fid: 'bag-of-words',
        state: { lowercase: '0', punctuation: 'split' },
        locked: ['lowercase', 'punctuation'],
      },
      { chapter: 'bag-of-words', fid: 'bow-bigrams', state: { shuffle: '0' }, locked: ['shuffle'] },
    ],
  });
  await open(page, `?assignment=${code}&bag-of-words.lowercase=0&bag-of-words.punctuation=split`);
  await expect(ex(page, 'same-bag').locator('[data-assigned-mark]')).toBeVisible();
  const bow = page.locator('book-figure[fid="bag-of-words"]');
  await bow.scrollIntoViewIfNeeded();
  await expect(bow).toHaveAttribute('data-status', 'ready');
  await expect(bow.getByLabel('Lowercase')).toBeDisabled();
  await expect(bow.getByLabel('Lowercase')).not.toBeChecked();
  await expect(bow.getByLabel('Punctuation')).toBeDisabled();
  await expect(bow.locator('[data-state-key="shuffle"]').first()).toBeEnabled();
  await expect(bow.locator('#bag-of-words-a')).toBeEnabled();
  const bigrams = page.locator('book-figure[fid="bow-bigrams"]');
  await bigrams.scrollIntoViewIfNeeded();
  await expect(bigrams).toHaveAttribute('data-status', 'ready');
  await expect(bigrams.getByRole('button', { name: 'Shuffle the words' })).toBeDisabled();
  await expect(bigrams.getByRole('button', { name: 'Typed order' })).toBeDisabled();
  await expect(bigrams.locator('[data-state-key="bigrams"]')).toBeEnabled();
});
