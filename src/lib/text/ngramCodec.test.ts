import { describe, expect, it } from 'vitest';
import { padSentence } from './markers.ts';
import { decodeNgramTables, encodeNgramTables } from './ngramCodec.ts';
import { trainNgramModel } from './ngramModel.ts';
import { probability, type Smoothing } from './ngramProbability.ts';
import { pruneTrie } from './pruneTrie.ts';
import { samIAm } from './testing/samIAm.ts';

const corpus = [...samIAm, ...samIAm.slice(0, 2), padSentence(['i', 'am', 'green'])];
const model = trainNgramModel(corpus, 4);

describe('encodeNgramTables / decodeNgramTables', () => {
  it('round-trips every array, the discounts and the thresholds', () => {
    const decoded = decodeNgramTables(encodeNgramTables(model));
    expect(decoded.trie).toEqual(model.trie);
    expect(decoded.discounts).toEqual(model.discounts);
    expect(decoded.minCount).toEqual(model.minCount);
  });

  it('round-trips a pruned table, keeping full-corpus context figures', () => {
    const trie = pruneTrie(model.trie, [1, 1, 2, 2, 2]);
    expect(decodeNgramTables(encodeNgramTables({ ...model, trie })).trie).toEqual(trie);
  });

  it('rejects data in another format or cut short', () => {
    const bytes = encodeNgramTables(model);
    expect(() => decodeNgramTables(new Uint8Array([1, 2, 3, 4, 5]))).toThrow(/magic/);
    expect(() => decodeNgramTables(bytes.subarray(0, bytes.length - 3))).toThrow(/past the end/);
  });
});

describe('pruneTrie', () => {
  const minCount = [1, 1, 2, 2, 2];
  const pruned = { ...model, trie: pruneTrie(model.trie, minCount), minCount };

  it('keeps exactly the n-grams seen at least minCount[n] times', () => {
    for (let n = 1; n <= 4; n++) {
      const kept = model.trie.levels[n].count.filter((c) => c >= minCount[n]).length;
      expect(pruned.trie.levels[n].size).toBe(kept);
    }
  });

  it('leaves MLE and Kneser–Ney probabilities of every stored n-gram unchanged', () => {
    const histories = [['<s>'], ['<s>', 'i'], ['i', 'am'], ['sam', 'i', 'am'], ['am'], []];
    const methods: Smoothing[] = [{ method: 'mle' }, { method: 'kneserNey' }];
    for (const h of histories) {
      for (const w of ['i', 'am', 'sam', '</s>']) {
        for (const s of methods) {
          for (let order = 1; order <= 4; order++) {
            const full = probability(model, h, w, order, s);
            const after = probability(pruned, h, w, order, s);
            // A pruned n-gram loses its own discounted term; a stored one must not change at all.
            if (after !== full) expect(after).toBeLessThan(full);
          }
        }
      }
    }
    expect(probability(pruned, ['i'], 'am', 2, { method: 'kneserNey' })).toBe(
      probability(model, ['i'], 'am', 2, { method: 'kneserNey' }),
    );
    // "i do" occurs once, so the bigram and everything after it is gone.
    expect(probability(pruned, ['i', 'do'], 'not', 3, { method: 'mle' })).toBe(0);
    expect(probability(pruned, ['<s>', 'i'], 'am', 3, { method: 'mle' })).toBe(
      probability(model, ['<s>', 'i'], 'am', 3, { method: 'mle' }),
    );
  });
});
