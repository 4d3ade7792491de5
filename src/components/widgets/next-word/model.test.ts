import { describe, expect, it } from 'vitest';
import { padSentence } from '../../../lib/text/markers.ts';
import { trainNgramModel } from '../../../lib/text/ngramModel.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { displayWord } from '../../ui/ngramWords.ts';
import { nextWordModel } from './model.ts';
import { nextWordSchema } from './state.ts';

const sentences = ['the cat sat on the mat', 'the cat ate the fish', 'a dog sat on the cat'].map((s) =>
  padSentence(s.split(' ')),
);
const ngram = trainNgramModel(sentences, 5);
const state = (text: string) => ({ ...defaults(nextWordSchema), text, top: 3 });

describe('next-word model', () => {
  it('gives one row per context window k = 0 … 4, using only the last four words', () => {
    const m = nextWordModel(ngram, state('a dog sat on the'));
    expect(m.tail).toEqual(['dog', 'sat', 'on', 'the']);
    expect(m.rows.map((r) => r.k)).toEqual([0, 1, 2, 3, 4]);
    expect(m.rows[4].report.context).toEqual(['dog', 'sat', 'on', 'the']);
  });

  it('computes P(w | context) from counts: after "on the", mat and cat are equally likely', () => {
    const row = nextWordModel(ngram, state('sat on the')).rows[2];
    expect(row.report.contextCount).toBe(2);
    expect(row.report.next.map((w) => [w.word, w.p])).toEqual([
      ['cat', 0.5],
      ['mat', 0.5],
    ]);
  });

  it('says plainly when a word never occurs in the corpus, instead of showing numbers', () => {
    const row = nextWordModel(ngram, state('the zebra')).rows[1];
    expect(row.report.status).toBe('unknown-word');
    expect(row.message).toBe('"zebra" never occurs in the corpus, so no count can follow it.');
  });

  it('says when a context of known words was never seen', () => {
    const row = nextWordModel(ngram, state('fish cat')).rows[2];
    expect(row.report.status).toBe('unseen');
    expect(row.message).toContain('"fish cat" never occurs in the corpus');
  });

  it('asks for more words when the text is shorter than the window', () => {
    const m = nextWordModel(ngram, state(''));
    expect(m.tail).toEqual([]);
    expect(m.rows[0].message).toBeUndefined();
    expect(m.rows[2].message).toBe('Type at least 2 words to use this row.');
  });

  it('copes with 100 KB of text, other scripts and emoji without a NaN anywhere', () => {
    const m = nextWordModel(ngram, state(`${'the cat '.repeat(12_500)}日本語 😀 Ελληνικά`));
    expect(m.tail.length).toBeLessThanOrEqual(4);
    expect(JSON.stringify(m)).not.toMatch(/NaN|Infinity|null/);
  });

  it('shows sentence markers as words a reader understands', () => {
    expect(displayWord('</s>')).toBe('(end of sentence)');
    expect(displayWord('cat')).toBe('cat');
  });
});
