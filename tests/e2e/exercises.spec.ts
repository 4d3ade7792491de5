// Chapter 0's exercises driven as a reader would: every kind checks itself, progress survives a reload
// and shows in the sidebar, bad input gets a plain message, and broken storage never breaks the page.
import { expect, type Page, test } from '@playwright/test';
import { answer, ex, feedback, openExercises } from './support/exercises.ts';

const CHAPTER = '/chapters/sequence-modeling/';
const open = (page: Page) => openExercises(page, CHAPTER, 'p-america');
test('a numeric answer is checked against the corpus: too low, then right, and marked done', async ({
  page,
}) => {
  await open(page);
  await answer(page, 'p-america', '0.5');
  await expect(feedback(page, 'p-america')).toContainText('Not yet: 0.5 is too low');
  await answer(page, 'p-america', '0.966');
  await expect(feedback(page, 'p-america')).toContainText('Right: 0.966, counted from the Brown corpus.');
  await expect(ex(page, 'p-america').locator('[data-done-mark]')).toBeVisible();
});

test('a relative tolerance and units: the ratio of P(the | of) to P(the)', async ({ page }) => {
  await open(page);
  await answer(page, 'the-after-of', '2');
  await expect(feedback(page, 'the-after-of')).toContainText('too low');
  await answer(page, 'the-after-of', '4.7×');
  await expect(feedback(page, 'the-after-of')).toContainText('Right: 4.7 times');
});

test('multiple choice gives feedback for each option, by keyboard alone', async ({ page }) => {
  await open(page);
  const group = ex(page, 'order-matters');
  await group.getByLabel('Variable length').focus();
  await page.keyboard.press('Space');
  await group.locator('button[data-check]').click();
  await expect(feedback(page, 'order-matters')).toContainText(
    'Not this one. Both sentences have three words',
  );
  await group.getByLabel('Variable length').focus();
  await page.keyboard.press('ArrowDown');
  await expect(group.getByLabel('Order matters')).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(feedback(page, 'order-matters')).toContainText('Right. The same words in a different order');
});

test('predict, then reveal: the figure changes only after the prediction is committed', async ({ page }) => {
  await open(page);
  const figure = page.locator('book-figure[fid="next-word"]');
  const group = ex(page, 'predict-grandmother');
  await group.locator('button[data-check]').click();
  await expect(feedback(page, 'predict-grandmother')).toContainText('Choose a prediction first');
  await expect(group.locator('[data-reveal]')).toBeHidden();
  await group.getByLabel('Four').check();
  await group.locator('button[data-check]').click();
  await expect(feedback(page, 'predict-grandmother')).toContainText('Your prediction was not right.');
  await expect(group.locator('[data-reveal]')).toBeVisible();
  await expect(group.getByLabel('Two')).toBeDisabled();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  await expect(figure.locator('input[type="text"]')).toHaveValue('my grandmother baked a');
  expect(await figure.evaluate((f) => (f as unknown as { state: { text: string } }).state.text)).toBe(
    'my grandmother baked a',
  );
});

test('a task on the figure is checked live from its state and model', async ({ page }) => {
  await open(page);
  const figure = page.locator('book-figure[fid="next-word"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  await expect(feedback(page, 'unseen-context')).toContainText('Not yet: "the united states of" occurs');
  const input = figure.locator('input[type="text"]');
  await input.fill('my grandmother baked a zxqvw');
  await expect(feedback(page, 'unseen-context')).toContainText('"zxqvw" is not in the corpus');
  await input.fill('my grandmother baked a');
  await expect(feedback(page, 'unseen-context')).toContainText('Done:');
  await expect(ex(page, 'unseen-context').locator('[data-done-mark]')).toBeVisible();
});

test('a derivation is not done by opening its solution; writing working or marking it understood is', async ({
  page,
}) => {
  await open(page);
  const group = ex(page, 'chain-three');
  const work = group.getByLabel('Your working');
  await expect(group.locator('.exercise-solution-body')).toBeHidden();
  await group.getByText('Show the worked solution').click();
  await expect(group.locator('.exercise-solution-body .katex').first()).toBeVisible();
  await expect(feedback(page, 'chain-three')).toContainText('write your working above or mark the solution');
  await expect(group.locator('[data-done-mark]')).toBeHidden();
  await work.fill('P(the) P(cat|the) P(sat|cat)');
  await work.blur();
  await expect(group.locator('[data-done-mark]')).toBeVisible();
  await expect(feedback(page, 'chain-three')).toContainText('Your working is saved');
  await page.reload();
  await expect(work).toHaveValue('P(the) P(cat|the) P(sat|cat)');
  await expect(group.locator('[data-done-mark]')).toBeVisible();
  const stored = await page.evaluate(() => localStorage.getItem('unrolled.progress'));
  expect(stored).toContain('P(the) P(cat|the) P(sat|cat)');
});

test('a derivation marked as understood counts as done and stays marked after a reload', async ({ page }) => {
  await open(page);
  const group = ex(page, 'chain-three');
  await group.getByText('Show the worked solution').click();
  const understood = group.getByRole('button', { name: 'I follow the worked solution' });
  await understood.click();
  await expect(group.locator('[data-done-mark]')).toBeVisible();
  await page.reload();
  await group.getByText('Show the worked solution').click();
  await expect(group.getByRole('button', { name: '✓ Marked as understood' })).toBeDisabled();
  await expect(feedback(page, 'chain-three')).toContainText('You marked the worked solution as understood');
});

test('progress survives a reload and shows in the sidebar as a count, then a check', async ({ page }) => {
  await open(page);
  const mark = page.locator('.sidebar [data-progress-chapter="sequence-modeling"]');
  await expect(mark).toBeEmpty();
  await answer(page, 'p-america', '0.966');
  await expect(mark).toContainText('1/6');
  await expect(mark).toContainText('1 of 6 exercises done');
  await page.reload();
  await expect(mark).toContainText('1/6');
  await expect(ex(page, 'p-america').locator('input[data-input]')).toHaveValue('0.966');
  await expect(feedback(page, 'p-america')).toContainText('right');
  await answer(page, 'the-after-of', '4.7');
  await ex(page, 'order-matters').getByLabel('Order matters').check();
  await ex(page, 'order-matters').locator('button[data-check]').click();
  await ex(page, 'predict-grandmother').getByLabel('Two').check();
  await ex(page, 'predict-grandmother').locator('button[data-check]').click();
  await ex(page, 'chain-three').getByText('Show the worked solution').click();
  await ex(page, 'chain-three').getByRole('button', { name: 'I follow the worked solution' }).click();
  await page.locator('book-figure[fid="next-word"] input[type="text"]').fill('my grandmother baked a');
  await expect(mark).toContainText('✓');
  await expect(mark).toContainText('all 6 exercises done');
  await page.reload();
  await expect(mark).toContainText('✓');
});

test('bad input into every answer field gets a plain message and is not recorded', async ({ page }) => {
  await open(page);
  const junk = [
    '',
    '   ',
    'abc',
    'NaN',
    'Infinity',
    '-Infinity',
    'undefined',
    '1e999',
    '0,5',
    '٠٫٥',
    '日本語',
    '😀',
    'x'.repeat(5000),
  ];
  const numeric = await page
    .locator('book-exercise[data-kind="numeric"]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id ?? ''));
  expect(numeric.length).toBeGreaterThanOrEqual(2);
  for (const id of numeric) {
    for (const text of junk) {
      await answer(page, id, text);
      const said = (await feedback(page, id).textContent()) ?? '';
      expect(said, `${id} after ${JSON.stringify(text.slice(0, 20))}`).toMatch(/Enter a number, like /);
      expect(said).not.toMatch(/\b(NaN|Infinity|undefined)\b/);
      await expect(ex(page, id).locator('input[data-input]')).toHaveAttribute('aria-invalid', 'true');
    }
  }
  const work = ex(page, 'chain-three').getByLabel('Your working');
  await work.fill('😀 日本語 '.repeat(200));
  expect((await work.inputValue()).length).toBeLessThanOrEqual(500);
  const stored = await page.evaluate(() => localStorage.getItem('unrolled.progress'));
  expect(stored).toBeNull();
  // biome-ignore lint/performance/useDomNodeTextContent: what is rendered on screen is what must be clean.
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/\b(NaN|undefined)\b/);
});

test('storage disabled: the page says once that progress cannot be saved, and exercises still work', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await open(page);
  await expect(page.locator('[data-progress-notice]')).toHaveCount(1);
  await expect(page.locator('[data-progress-notice]')).toContainText('progress cannot be saved');
  await answer(page, 'p-america', '0.966');
  await expect(feedback(page, 'p-america')).toContainText('Right');
  await answer(page, 'the-after-of', '4.7');
  await expect(page.locator('[data-progress-notice]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('storage full: saving fails, the page says so once beside the exercise, and goes on', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('quota exceeded', 'QuotaExceededError');
    };
  });
  await open(page);
  await expect(page.locator('[data-progress-notice]')).toHaveCount(0);
  await answer(page, 'p-america', '0.966');
  await expect(feedback(page, 'p-america')).toContainText('Right');
  await expect(page.locator('[data-progress-notice]')).toContainText('storage is full');
  await answer(page, 'the-after-of', '4.7');
  await expect(page.locator('[data-progress-notice]')).toHaveCount(1);
  await expect(page.locator('.sidebar [data-progress-chapter="sequence-modeling"]')).toContainText('2/6');
  expect(errors).toEqual([]);
});

test('storage corrupted: junk is reported once, progress starts afresh and is saved again', async ({
  page,
}) => {
  await page.goto('/glossary/');
  await page.evaluate(() => localStorage.setItem('unrolled.progress', '{"version":1,"exercises":{"x":'));
  await open(page);
  await expect(page.locator('[data-progress-notice]')).toHaveCount(1);
  await expect(page.locator('[data-progress-notice]')).toContainText('could not be read');
  await answer(page, 'p-america', '0.966');
  await page.reload();
  await expect(page.locator('[data-progress-notice]')).toHaveCount(0);
  await expect(page.locator('.sidebar [data-progress-chapter="sequence-modeling"]')).toContainText('1/6');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every exercise says what JavaScript adds beside its disabled Check button', async ({ page }) => {
    await page.goto(CHAPTER);
    const exercises = page.locator('.exercise');
    const n = await exercises.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const one = exercises.nth(i);
      await expect(one.locator('.exercise-noscript')).toBeVisible();
      await expect(one.locator('.exercise-noscript')).toContainText(
        'With JavaScript on, this exercise checks',
      );
      for (const button of await one.locator('button').all()) {
        if (await button.isVisible()) await expect(button).toBeDisabled();
      }
    }
  });
});
