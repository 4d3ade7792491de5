import { describe, expect, it } from 'vitest';
import { padSentence } from '../../../lib/text/markers.ts';
import { trainNgramModel } from '../../../lib/text/ngramModel.ts';
import { pruneTrie } from '../../../lib/text/pruneTrie.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { gramName } from '../../ui/ngramWords.ts';
import { explorerModel } from './model.ts';
import { explorerSchema } from './state.ts';

const sentences = [
  'the cat sat on the mat',
  'the cat ate the fish',
  'a dog sat on the cat',
  'a cat sat on the mat',
].map((s) => padSentence(s.split(' ')));
const ngram = trainNgramModel(sentences, 5);
const state = (text: string) => ({ ...defaults(explorerSchema), text, top: 3 });

describe('context explorer model', () => {
  it('gives one row per order, from the 5-gram down to the unigram, using the last four words', () => {
    const m = explorerModel(ngram, state('a dog sat on the'));
    expect(m.tail).toEqual(['dog', 'sat', 'on', 'the']);
    expect(m.rows.map((r) => r.n)).toEqual([5, 4, 3, 2, 1]);
    expect(m.rows[0].report.context).toEqual(['dog', 'sat', 'on', 'the']);
    expect(m.answeredBy).toBe(5);
    expect(m.rows[0].role).toBe('answers');
  });

  it('shows P(w | context) with the counts behind it: after "sat on the", mat 2 of 3 and cat 1 of 3', () => {
    const row = explorerModel(ngram, state('sat on the')).rows.find((r) => r.n === 4)!;
    expect(row.report.contextCount).toBe(3);
    expect(row.bars).toEqual([
      { word: 'mat', count: 2, p: 2 / 3, label: '66.7% = 2 / 3' },
      { word: 'cat', count: 1, p: 1 / 3, label: '33.3% = 1 / 3' },
    ]);
    expect(row.head).toBe('context "sat on the": seen 3 times, followed by 2 different words');
  });

  it('backs off past an unseen context and says which order answered', () => {
    const m = explorerModel(ngram, state('fish sat on'));
    expect(m.answeredBy).toBe(3);
    expect(m.rows.map((r) => r.role)).toEqual(['missed', 'missed', 'answers', 'lower', 'lower']);
    expect(m.rows[1].message).toBe(
      '"fish sat on" was never seen in the corpus: its count is 0, and 0 / 0 gives no probability.',
    );
    expect(m.summary).toBe(
      'The trigram answers: the 4-gram had nothing to say, so a back-off model falls back to the last 2 words.',
    );
  });

  it('says plainly when a word was never seen, and the unigram still answers', () => {
    const m = explorerModel(ngram, state('the zebra'));
    expect(m.rows.find((r) => r.n === 2)!.message).toBe(
      '"zebra" was never seen in the corpus, so no bigram containing it has a count.',
    );
    expect(m.answeredBy).toBe(1);
    expect(m.summary).toContain('word frequencies alone');
  });

  it('is honest about a pruned table: "fewer than 2 times, perhaps never", and what the bars leave out', () => {
    const pruned = {
      ...ngram,
      trie: pruneTrie(ngram.trie, [1, 1, 1, 2, 2, 2]),
      minCount: [1, 1, 1, 2, 2, 2],
    };
    const m = explorerModel(pruned, state('dog sat on'));
    expect(m.rows.find((r) => r.n === 4)!.message).toBe(
      '"dog sat on" is not in the table: seen fewer than 2 times in the corpus, perhaps never.',
    );
    const trigram = explorerModel(pruned, state('the cat')).rows.find((r) => r.n === 3)!;
    expect(trigram.report.contextCount).toBe(3);
    expect(trigram.bars).toEqual([]);
    expect(trigram.message).toBe(
      'Every continuation was seen fewer than 2 times, and the table leaves those out.',
    );
  });

  it('asks for more words when the text is shorter than an order needs', () => {
    const m = explorerModel(ngram, state(''));
    expect(m.tail).toEqual([]);
    expect(m.rows[0].message).toBe('Type at least 4 words to use the 5-gram.');
    expect(m.rows[4].bars.length).toBeGreaterThan(0);
    expect(m.summary).toContain('No words typed');
  });

  it('copes with 100 KB of text, other scripts and emoji without a NaN anywhere', () => {
    const m = explorerModel(ngram, state(`${'the cat '.repeat(12_500)}日本語 😀 Ελληνικά`));
    expect(m.tail.length).toBeLessThanOrEqual(4);
    expect(m.answeredBy).toBe(1);
    expect(JSON.stringify(m)).not.toMatch(/NaN|Infinity|null|undefined/);
  });

  it('names orders as a reader would', () => {
    expect([1, 2, 3, 4].map(gramName)).toEqual(['unigram', 'bigram', 'trigram', '4-gram']);
  });
});
