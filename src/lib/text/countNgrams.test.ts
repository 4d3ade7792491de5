import { describe, expect, it } from 'vitest';
import { trainNgramModel } from './ngramModel.ts';
import { findNgram } from './ngramTrie.ts';
import { samIAm } from './testing/samIAm.ts';
import { wordId } from './vocabulary.ts';

const model = trainNgramModel(samIAm, 3);
const node = (...words: string[]) =>
  findNgram(
    model.trie,
    words.map((w) => wordId(model.vocabulary, w)),
    0,
    words.length,
  );
const level = (n: number) => model.trie.levels[n];

describe('countNgrams', () => {
  it('counts unigrams, bigrams and trigrams of the padded sentences', () => {
    expect(level(1).count[node('i')]).toBe(3);
    expect(level(1).count[node('<s>')]).toBe(3);
    expect(level(1).count[node('</s>')]).toBe(3);
    expect(level(2).count[node('<s>', 'i')]).toBe(2);
    expect(level(2).count[node('i', 'am')]).toBe(2);
    expect(level(3).count[node('<s>', 'i', 'am')]).toBe(1);
    expect(node('am', 'i')).toBe(-1);
    expect(node('not', 'a', 'word')).toBe(-1);
  });

  it('stores as many n-grams as there are distinct ones: 12 unigrams, 15 bigrams, 14 trigrams', () => {
    // 10 words + <s> + </s>; bigrams and trigrams counted by hand from the three sentences.
    expect(model.trie.levels.map((l) => l.size)).toEqual([1, 12, 15, 14]);
  });

  it('keeps siblings sorted by word id, as binary search needs', () => {
    for (let n = 0; n < 3; n++) {
      const { childStart } = level(n);
      for (let i = 0; i < level(n).size; i++) {
        for (let c = childStart[i] + 1; c < childStart[i + 1]; c++) {
          expect(level(n + 1).word[c]).toBeGreaterThan(level(n + 1).word[c - 1]);
        }
      }
    }
  });

  it('gives the root the token count without <s>, and each context its continuation total', () => {
    expect(level(0).total[0]).toBe(17);
    expect(level(0).count[0]).toBe(17);
    expect(level(1).total[node('i')]).toBe(3);
    expect(level(1).distinct[node('i')]).toBe(2);
    expect(level(1).total[node('</s>')]).toBe(0);
  });

  it('counts distinct left neighbours as the Kneser–Ney count of lower orders (Chen & Goodman 1998)', () => {
    // "sam" follows "am" and "<s>"; "am" only ever follows "i"; "</s>" follows "sam", "am", "ham".
    expect(level(1).adjusted[node('sam')]).toBe(2);
    expect(level(1).adjusted[node('am')]).toBe(1);
    expect(level(1).adjusted[node('</s>')]).toBe(3);
    expect(level(2).adjusted[node('i', 'am')]).toBe(2);
    // n-grams starting with <s> have no left neighbour and keep their raw count; so does the top order.
    expect(level(2).adjusted[node('<s>', 'i')]).toBe(2);
    expect(level(3).adjusted[node('<s>', 'i', 'am')]).toBe(1);
    expect(level(0).adjustedTotal[0]).toBe(15);
  });
});
