// An assignment end to end, as an instructor and a student would: build the link, open it, answer, fail a
// check and fix it, export the results, import them into a fresh browser and see the same progress.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { encodeAssignment } from '../../src/lib/progress/assignmentLink.ts';

const CHAPTER = '/chapters/sequence-modeling/';

async function buildLink(page: Page): Promise<string> {
  await page.goto('/instructor/assignment/');
  await page.getByLabel('Title').fill('Week 1: sparsity');
  await page.locator('input[value="sequence-modeling/p-america"]').check();
  await page.locator('input[value="sequence-modeling/unseen-context"]').check();
  await page.locator('input[value="sequence-modeling/order-matters"]').check();
  await page
    .getByLabel('Figure link')
    .fill(`http://127.0.0.1/chapters/sequence-modeling/?next-word.text=my+grandmother+baked+a#next-word`);
  await page.getByRole('button', { name: 'Add settings' }).click();
  // The builder names the setting as the figure's control does, not by its key ("text").
  await page.getByLabel('lock Text so far = "my grandmother baked a"').check();
  await page.getByRole('button', { name: 'Make the link' }).click();
  const link = await page.getByLabel('Assignment link').inputValue();
  expect(link).toMatch(/\/assignment\/\?a=[A-Za-z0-9_-]+$/);
  return new URL(link).pathname + new URL(link).search;
}

test('the builder refuses an empty assignment and a link that is not a figure link', async ({ page }) => {
  await page.goto('/instructor/assignment/');
  await page.getByRole('button', { name: 'Make the link' }).click();
  await expect(page.locator('[data-builder-status]')).toHaveText('Choose at least one exercise.');
  await page.getByLabel('Figure link').fill('not a link at all');
  await page.getByRole('button', { name: 'Add settings' }).click();
  await expect(page.locator('[data-builder-status]')).toContainText('Those settings cannot be used');
  await page.getByLabel('Figure link').fill('/chapters/sequence-modeling/?nope.text=x');
  await page.getByRole('button', { name: 'Add settings' }).click();
  await expect(page.locator('[data-builder-status]')).toContainText('has no figure "nope"');
});

test('a student opens the link, fails a check, fixes it, exports, and a fresh browser imports the same progress', async ({
  page,
  browser,
}) => {
  const link = await buildLink(page);

  await page.goto(link);
  await expect(page.locator('h1')).toHaveText('Week 1: sparsity');
  // The results file names its student, asked once on the assignment page.
  await page.getByLabel('Your name or student ID').fill('Ada');
  await page.getByRole('button', { name: 'Save' }).click();
  const items = page.locator('[data-exercise-list] > li:visible');
  await expect(items).toHaveCount(3);
  // In the book's order: Exercise 1 (choice), 2 (numeric), 5 (figure task).
  await expect(items.nth(1)).toContainText('Numeric answer');
  await expect(items.nth(1).locator('[data-status]')).toHaveText('Not started');

  // Into the chapter, with the assignment's figure settings, the lock on, and the banner back.
  await items.nth(1).getByRole('link').click();
  await expect(page).toHaveURL(/\/chapters\/sequence-modeling\/\?assignment=.*#ex-p-america$/);
  await expect(page.locator('.assignment-banner')).toContainText('Week 1: sparsity');
  await expect(page.locator('#ex-p-america [data-assigned-mark]')).toBeVisible();
  const field = page.locator('#ex-p-america input[data-input]');
  await field.fill('0.5');
  await field.press('Enter');
  await expect(page.locator('#ex-p-america [data-feedback]')).toContainText('Not yet');
  await field.fill('0.966');
  await field.press('Enter');
  await expect(page.locator('#ex-p-america [data-feedback]')).toContainText('Right');

  const figure = page.locator('book-figure[fid="next-word"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  await expect(figure.locator('input[type="text"]')).toHaveValue('my grandmother baked a');
  await expect(figure.locator('input[type="text"]')).toBeDisabled();
  await expect(page.locator('.assignment-lock-note')).toContainText('Text so far = "my grandmother baked a"');
  await figure.evaluate((f) =>
    (f as unknown as { dispatch(p: object): void }).dispatch({ text: 'the united states of' }),
  );
  await expect(figure.locator('input[type="text"]')).toHaveValue('my grandmother baked a');
  await expect(page.locator('#ex-unseen-context [data-feedback]')).toContainText('Done:');

  await page.locator('.assignment-banner a').click();
  await expect(items.nth(0).locator('[data-status]')).toHaveText('Not started');
  await expect(items.nth(1).locator('[data-status]')).toContainText('Done (2 attempts');
  await expect(items.nth(2).locator('[data-status]')).toContainText('Done (1 attempt');
  await expect(page.locator('[data-assignment-summary]')).toHaveText('Done so far: 2 of 3.');

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  const jsonPath = await jsonDownload.path();
  const json = JSON.parse(readFileSync(jsonPath, 'utf8'));
  expect(json.assignment).toBe('Week 1: sparsity');
  expect(
    json.exercises['sequence-modeling/p-america'].attempts.map((a: { outcome: string }) => a.outcome),
  ).toEqual(['incorrect', 'correct']);
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csvPath = await csvDownload.path();
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    'chapter,exercise,kind,attempt,time,answer,outcome,done,student,assignment,checksum',
  );
  expect(csv).toContain('sequence-modeling,p-america,numeric,1,');
  expect(csv).toContain(',0.5,incorrect,yes');

  for (const [file, name] of [
    [jsonPath, 'results.json'],
    [csvPath, 'results.csv'],
  ] as const) {
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    const list = other.locator('[data-exercise-list] > li:visible');
    await expect(list.nth(1).locator('[data-status]')).toHaveText('Not started');
    await other.getByLabel('Import a results file').setInputFiles({
      name: 'junk.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"unrolled-results","version":1,"exercises":{"x":{"id":"../.."}}}'),
    });
    await expect(other.locator('[data-results-status]')).toContainText('This file cannot be imported');
    await expect(list.nth(1).locator('[data-status]')).toHaveText('Not started');
    await other
      .getByLabel('Import a results file')
      .setInputFiles({ name, mimeType: 'text/plain', buffer: readFileSync(file) });
    await expect(other.locator('[data-results-status]')).toContainText('Imported the results of 2 exercises');
    await expect(list.nth(1).locator('[data-status]')).toContainText('Done (2 attempts');
    await expect(list.nth(2).locator('[data-status]')).toContainText('Done (1 attempt');
    await expect(other.locator('[data-assignment-summary]')).toHaveText('Done so far: 2 of 3.');
    await other.goto(CHAPTER);
    await expect(other.locator('.sidebar [data-progress-chapter="sequence-modeling"]')).toContainText('2/6');
    await expect(other.locator('#ex-p-america [data-done-mark]')).toBeVisible();
    await fresh.close();
  }
});

test('the worksheet lists the assignment’s questions and choices and prints without controls', async ({
  page,
}) => {
  const code = encodeAssignment({
    v: 1,
    title: 'Printed week',
    exercises: ['sequence-modeling/order-matters', 'sequence-modeling/p-america'],
    presets: [],
  });
  await page.goto(`/assignment/worksheet/?a=${code}`);
  await expect(page.locator('h1')).toHaveText('Printed week');
  const items = page.locator('[data-exercise-list] > li');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Dog bites man');
  await expect(items.nth(0).locator('.exercise-list-choices li')).toHaveCount(3);
  await expect(items.nth(1).locator('.katex').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print this worksheet' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
});

test('a damaged or empty assignment link gets a plain message', async ({ page }) => {
  await page.goto('/assignment/?a=eyJ2IjoxLCJ0aXRsZSI6');
  await expect(page.locator('[data-assignment-error]')).toContainText(
    'This assignment link cannot be opened: the link is damaged',
  );
  await page.goto('/assignment/');
  await expect(page.locator('[data-assignment-error]')).toContainText('opened from an assignment link');
  await page.goto(`${CHAPTER}?assignment=junk!`);
  await expect(page.locator('main .progress-notice')).toContainText('cannot be read');
});
