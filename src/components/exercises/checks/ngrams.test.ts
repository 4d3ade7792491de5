// The live check of Chapter 2's "three unseen words" task, against the explorer's real model.
import { expect, test } from 'vitest';
import { explorerModel } from '../../widgets/ngram-explorer/model.ts';
import { brownModelAtBuild } from '../../models/brownAtBuild.ts';
import { figureChecks } from './index.ts';

const check = figureChecks['ngrams.three-unseen'];
async function run(text: string) {
  const state = { text, top: 4 };
  return check(state, explorerModel(await brownModelAtBuild(), state));
}

test('the figure’s opening context fails: its last three words occur', async () => {
  expect(await run('he was going to')).toMatchObject({
    pass: false,
    message: expect.stringMatching(/"was going to" occurs \d+ times/),
  });
});

test('too few words fail and say how many to type', async () => {
  expect((await run('the cat')).message).toContain('three words');
});

test('a word the corpus never saw fails with that word named', async () => {
  expect((await run('purple dog zxqvw')).message).toContain('"zxqvw"');
});

test('three words missing from the pruned table, but with a seen last pair, fail and say why', async () => {
  expect((await run('the cat sat quietly')).message).toMatch(/"sat quietly" occurs once.*may have too/);
});

test('the chapter’s own example fails', async () => {
  expect((await run('my grandmother baked a')).message).toContain('chapter’s own');
});

test('known words whose last pair the corpus never saw pass', async () => {
  expect(await run('the dog baked a')).toMatchObject({
    pass: true,
    message: expect.stringContaining('"baked a" never occurs in it, so neither does "dog baked a"'),
  });
});

test('a model that has not drawn yet fails politely', () => {
  expect(check({}, undefined).pass).toBe(false);
});
