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

test('chapter 6: the plain date model counts as the hint spells it out (the decoder and output layer also read c)', async () => {
  const H = 32;
  const E = 16;
  const counted =
    43 * E + 14 * E + (3 * H * (H + E) + 3 * H) + (3 * H * (H + E + H) + 3 * H) + 14 * 2 * H + 14;
  expect(await resolveAnswer('seq2seq.plain-params', 'test')).toBe(counted);
});

test('an unknown key fails with the exercise named and the known keys listed', async () => {
  await expect(resolveAnswer('nope', 'ch.mdx: <NumericExercise id="x">')).rejects.toThrow(
    /ch\.mdx: <NumericExercise id="x">: answer="nope" names no answer provider.*sequence-modeling\.p-america/,
  );
});
