// The live check of Chapter 1's "same bag" task, against the figure's real model.
import { expect, test } from 'vitest';
import { bagOfWordsModel } from '../../widgets/bag-of-words/model.ts';
import { figureChecks } from './index.ts';

const check = figureChecks['bag-of-words.same-bag'];
function run(a: string, b: string, settings: { lowercase?: boolean; punctuation?: 'drop' | 'split' } = {}) {
  const state = { a, b, lowercase: true, punctuation: 'drop' as const, shuffle: 0, ...settings };
  return check(state, bagOfWordsModel(state));
}

test("the figure's opening pair fails: it is the chapter's own", () => {
  expect(run('Dog bites man', 'Man bites dog')).toMatchObject({
    pass: false,
    message: expect.stringContaining('chapter’s own'),
  });
});

test('the film reviews fail too, whichever field holds which', () => {
  expect(run('This film was not bad, it was good.', 'This film was not good, it was bad.').pass).toBe(false);
});

test('different words fail and say the bags differ', () => {
  expect(run('the cat sat', 'the dog sat').message).toContain('bags differ');
});

test('a sentence pasted twice has cosine 1 but fails: the counts differ', () => {
  expect(run('cat chases mouse', 'mouse chases cat mouse chases cat').message).toContain('repeats');
});

test('the same sentence in the same order fails', () => {
  expect(run('the cat chased the mouse', 'The cat chased the mouse.').message).toContain('same order');
});

test('an empty field fails politely', () => {
  expect(run('', 'the cat').message).toContain('both fields');
});

test('a new pair with the same words in another order passes', () => {
  expect(run('The cat chased the mouse', 'The mouse chased the cat')).toMatchObject({
    pass: true,
    message: expect.stringContaining('exactly 1'),
  });
});

test('with lowercasing off, "Cat" and "cat" are different words', () => {
  expect(run('Cat chased the mouse', 'The mouse chased cat', { lowercase: false }).pass).toBe(false);
});

test('a model that has not drawn yet fails politely', () => {
  expect(check({}, undefined).pass).toBe(false);
});
