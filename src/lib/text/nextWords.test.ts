import { describe, expect, it } from 'vitest';
import { backoff } from './backoff.ts';
import { trainNgramModel } from './ngramModel.ts';
import { nextWords } from './nextWords.ts';
import { pruneTrie } from './pruneTrie.ts';
import { samIAm } from './testing/samIAm.ts';

const model = trainNgramModel(samIAm, 3);

describe('nextWords', () => {
  it('lists continuations by count with their MLE probability and the counts behind it', () => {
    const report = nextWords(model, ['i'], 2, 10);
    expect(report).toMatchObject({ order: 2, context: ['i'], status: 'seen', contextCount: 3, distinct: 2 });
    expect(report.next).toEqual([
      { word: 'am', count: 2, p: 2 / 3 },
      { word: 'do', count: 1, p: 1 / 3 },
    ]);
    expect(report.storedShare).toBe(1);
  });

  it('conditions on the last n − 1 words only, and cuts the list at k', () => {
    const report = nextWords(model, ['green', 'sam', 'i'], 3, 1);
    expect(report.context).toEqual(['sam', 'i']);
    expect(report.next).toEqual([{ word: 'am', count: 1, p: 1 }]);
  });

  it('answers order 1 with the most frequent tokens, never <s>', () => {
    const report = nextWords(model, [], 1, 3);
    expect(report.contextCount).toBe(17);
    expect(report.next.map((w) => w.word)).toEqual(['</s>', 'i', 'am']);
  });

  it('says which context word the corpus never saw', () => {
    expect(nextWords(model, ['zebra', 'i'], 3)).toMatchObject({
      status: 'unknown-word',
      unknownWords: ['zebra'],
      next: [],
    });
  });

  it('says when all words are known but the sequence never occurred', () => {
    expect(nextWords(model, ['am', 'i'], 3)).toMatchObject({ status: 'unseen', contextCount: 0, next: [] });
  });

  it('says when fewer words were given than the order needs', () => {
    expect(nextWords(model, ['i'], 3)).toMatchObject({ status: 'too-short', context: ['i'] });
  });

  it('keeps the full-corpus count of a context whose continuations were pruned, and says what share is listed', () => {
    const pruned = { ...model, trie: pruneTrie(model.trie, [1, 1, 2, 2]), minCount: [1, 1, 2, 2] };
    const report = nextWords(pruned, ['i'], 2);
    expect(report).toMatchObject({
      status: 'seen',
      contextCount: 3,
      distinct: 2,
      minCount: 2,
      contextMinCount: 1,
    });
    expect(nextWords(pruned, ['i', 'do'], 3)).toMatchObject({
      status: 'unseen',
      minCount: 2,
      contextMinCount: 2,
    });
    expect(report.next).toEqual([{ word: 'am', count: 2, p: 2 / 3 }]);
    expect(report.storedShare).toBeCloseTo(2 / 3, 12);
  });
});

describe('backoff', () => {
  it('reports each order from the top down and which one answered', () => {
    const result = backoff(model, ['am', 'i'], 3);
    expect(result.reports.map((r) => [r.order, r.status])).toEqual([
      [3, 'unseen'],
      [2, 'seen'],
      [1, 'seen'],
    ]);
    expect(result.answeredBy).toBe(2);
  });

  it('falls back to unigrams for a word the corpus never saw', () => {
    expect(backoff(model, ['zebra'], 3).answeredBy).toBe(1);
  });
});
