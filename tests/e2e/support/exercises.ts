// Driving a chapter's exercises as a reader would: find one by id, type or choose an answer, read its feedback.
import { expect, type Locator, type Page } from '@playwright/test';

export const ex = (page: Page, id: string): Locator => page.locator(`#ex-${id}`);
export const feedback = (page: Page, id: string): Locator => ex(page, id).locator('[data-feedback]');
export const doneMark = (page: Page, id: string): Locator => ex(page, id).locator('[data-done-mark]');

/** Opens a chapter and waits until the exercise `readyId` can be checked (the exercise script has run). */
export async function openExercises(page: Page, url: string, readyId: string): Promise<void> {
  await page.goto(url);
  await expect(ex(page, readyId).locator('button[data-check]')).toBeEnabled();
}

/** Types an answer into a numeric exercise and submits it with Enter. */
export async function answer(page: Page, id: string, text: string): Promise<void> {
  const input = ex(page, id).locator('input[data-input]');
  await input.fill(text);
  await input.press('Enter');
}

/** Picks a choice by its label and presses Check. */
export async function choose(page: Page, id: string, label: string | RegExp): Promise<void> {
  await ex(page, id).getByLabel(label).check();
  await ex(page, id).locator('button[data-check]').click();
}

/** The kinds of the chapter's exercises, in page order. */
export function exerciseKinds(page: Page): Promise<string[]> {
  return page
    .locator('book-exercise')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind ?? ''));
}
