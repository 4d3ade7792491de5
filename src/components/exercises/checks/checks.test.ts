// Live checks against the real next-word model over the Brown corpus.
import { expect, test } from 'vitest';
import { brownModelAtBuild } from '../../models/brownAtBuild.ts';
import { nextWordModel } from '../../widgets/next-word/model.ts';
import { assertCheck, figureChecks } from './index.ts';

const check = figureChecks['sequence-modeling.k4-unseen'];
async function run(text: string) {
  const state = { text, top: 5 };
  return check(state, nextWordModel(await brownModelAtBuild(), state));
}

test('a common phrase fails: its four words occur in the corpus', async () => {
  expect(await run('the united states of')).toMatchObject({
    pass: false,
    message: expect.stringContaining('occurs'),
  });
});

test('a word the corpus never saw fails with that word named', async () => {
  expect((await run('my grandmother baked a zxqv')).message).toContain('"zxqv"');
});

test('too few words fail and say how many to type', async () => {
  expect((await run('my cat')).message).toContain('four words');
});

test('known words in a new combination pass', async () => {
  expect(await run('my grandmother baked a')).toMatchObject({ pass: true });
});

test('a model that has not drawn yet fails politely', () => {
  expect(check({}, undefined).pass).toBe(false);
});

test('an unknown check key fails the build with the known keys listed', () => {
  expect(() => assertCheck('nope', 'ch.mdx')).toThrow(/names no figure check.*sequence-modeling\.k4-unseen/);
});
