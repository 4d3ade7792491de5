// The live check of Chapter 3's BPTT task, against the figure's real model.
import { expect, test } from 'vitest';
import { bpttModel } from '../../widgets/bptt/model.ts';
import { figureChecks } from './index.ts';

const check = figureChecks['rnns.sum-complete'];
const run = (sentence: string, back: number) => check({ sentence, back }, bpttModel({ sentence, back }));

test('the figure’s opening state fails: it is the chapter’s own sentence', () => {
  expect(run('The cat sat on the mat', 2)).toMatchObject({
    pass: false,
    message: expect.stringContaining('chapter’s own'),
  });
});

test('a short sentence fails and says how many words to type', () => {
  expect(run('The cat sat', 3).message).toContain('3 words. Type one of at least 5');
  expect(run('', 0).message).toContain('0 words');
});

test('a sentence of the reader’s own, not walked all the way back, fails with the missing steps named', () => {
  expect(run('dogs chase cats and mice', 2).message).toContain(
    'reached 2 of 5 steps, so the running sum still lacks steps 1 to 3',
  );
  expect(run('dogs chase cats and mice', 4).message).toContain('lacks step 1.');
});

test('walked all the way back, it passes', () => {
  expect(run('dogs chase cats and mice', 5)).toMatchObject({
    pass: true,
    message: expect.stringContaining('Done: all 5 steps are in'),
  });
});

test('a model that has not drawn yet fails politely', () => {
  expect(check({}, undefined).pass).toBe(false);
});
