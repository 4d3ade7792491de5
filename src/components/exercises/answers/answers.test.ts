// Computed answers come from the corpus and agree with what the chapter's figure shows.
import { expect, test } from 'vitest';
import { answerProviders, resolveAnswer } from './index.ts';

test('every provider returns a finite number', async () => {
  for (const key of Object.keys(answerProviders)) {
    expect(Number.isFinite(await resolveAnswer(key, 'test'))).toBe(true);
  }
});

test('chapter 0: "america" takes almost all the mass after "the united states of"', async () => {
  const p = await resolveAnswer('sequence-modeling.p-america', 'test');
  expect(p).toBeGreaterThan(0.9);
  expect(p).toBeLessThanOrEqual(1);
});

test('chapter 0: "the" is several times likelier after "of" than with no context', async () => {
  expect(await resolveAnswer('sequence-modeling.the-after-of', 'test')).toBeGreaterThan(2);
});

test('chapter 0: "my grandmother baked a" keeps counts only in the shortest rows', async () => {
  const rows = await resolveAnswer('sequence-modeling.rows-grandmother', 'test');
  expect(rows).toBeGreaterThanOrEqual(1);
  expect(rows).toBeLessThan(5);
});

test('an unknown key fails with the exercise named and the known keys listed', async () => {
  await expect(resolveAnswer('nope', 'ch.mdx: <NumericExercise id="x">')).rejects.toThrow(
    /ch\.mdx: <NumericExercise id="x">: answer="nope" names no answer provider.*sequence-modeling\.p-america/,
  );
});
