// Chapter 2's computed answers, and the claims its exercise feedback and reveals make in words, checked
// against the corpus and the figures' own models.
import { expect, test } from 'vitest';
import { nextWords } from '../../../lib/text/nextWords.ts';
import { generatorModel } from '../../widgets/ngram-generator/model.ts';
import { brownEvaluationAtBuild, brownModelAtBuild } from '../../models/brownAtBuild.ts';
import { ADD_ONE, addK } from './ngrams.ts';
import { resolveAnswer } from './index.ts';

test('exercise "p-states-of": P(america | states of) is the trigram row’s count ratio', async () => {
  const p = await resolveAnswer('ngrams.p-america-trigram', 'test');
  const r = nextWords(await brownModelAtBuild(), ['states', 'of'], 3, 5);
  const america = r.next.find((w) => w.word === 'america')!;
  expect(p).toBe(america.count / r.contextCount);
  expect(p).toBeGreaterThan(0.5);
  expect(p).toBeLessThan(0.9);
});

test('exercise "trust-longer": the 5-gram is sharper and rests on nearly as many occurrences', async () => {
  const model = await brownModelAtBuild();
  const five = nextWords(model, ['the', 'united', 'states', 'of'], 5, 5);
  const three = nextWords(model, ['states', 'of'], 3, 5);
  expect(five.status).toBe('seen');
  // "nearly as many": at least half the trigram context's occurrences, and fewer than 100 each.
  expect(five.contextCount).toBeGreaterThan(three.contextCount / 2);
  expect(three.contextCount).toBeLessThan(100);
  expect(five.next[0]).toMatchObject({ word: 'america' });
  expect(five.next[0].p).toBeGreaterThan(await resolveAnswer('ngrams.p-america-trigram', 'test'));
  // The trigram mixes in other continuations ("the states of the …", "europe").
  expect(three.distinct).toBeGreaterThan(five.distinct);
});

test('exercise "add-one-share": (V − 10) / (10 + V) of the mass goes to unseen words', async () => {
  const share = await resolveAnswer('ngrams.add-one-unseen-share', 'test');
  expect(share).toBeCloseTo(49_990 / 50_010, 12);
  // Each seen word keeps (1 + 1) / (10 + V); together with the unseen words the mass sums to 1.
  const { k, contextCount, vocabulary } = ADD_ONE;
  expect(share + 10 * addK(1, contextCount, k, vocabulary)).toBeCloseTo(1, 12);
});

test('exercise "unigram-infinite": held-out words missing from training give the unigram MLE zeros', async () => {
  const ev = await brownEvaluationAtBuild();
  const uni = ev.perplexity.find((p) => p.n === 1)!;
  expect(uni.mle.infinite).toBe(true);
  expect(uni.mle.zeroProbability).toBe(ev.unknownTokens);
  expect(uni.kneserNey.infinite).toBe(false);
});

test('exercise "add-one-rises": add-one perplexity rises with n, Kneser–Ney falls then levels', async () => {
  const ev = await brownEvaluationAtBuild();
  const addOne = ev.perplexity.map((p) => p.addK.find((a) => a.k === 1)!.perplexity!);
  for (let i = 1; i < addOne.length; i++) expect(addOne[i]).toBeGreaterThan(addOne[i - 1]);
  const kn = ev.perplexity.map((p) => p.kneserNey.perplexity!);
  expect(kn[1]).toBeLessThan(kn[0]);
});

test('exercise "predict-greedy": at temperature 0 one sentence repeats, whatever the seed', async () => {
  const model = await brownModelAtBuild();
  const texts = [1, 2, 3, 17, 4242].map((seed) =>
    generatorModel(model, { order: 3, temperature: 0, seed }).sentences.map((s) =>
      s.map((w) => w.text).join(' '),
    ),
  );
  for (const t of texts) expect(t).toEqual(texts[0]);
  const complete = texts[0].slice(0, -1);
  expect(complete.length).toBeGreaterThan(2);
  expect(new Set(complete).size).toBe(1);
});
