// An n-gram language model: vocabulary, count trie, Kneser–Ney discounts and the pruning thresholds applied to the table.
import { countNgrams } from './countNgrams.ts';
import type { NgramTrie } from './ngramTrie.ts';
import { buildVocabulary, encodeSentences, type Vocabulary } from './vocabulary.ts';

/** Absolute discounts per order n (index n; index 0 unused): for raw counts (the top order) and for Kneser–Ney counts. */
export type Discounts = { count: number[]; adjusted: number[] };

export type NgramModel = {
  vocabulary: Vocabulary;
  trie: NgramTrie;
  discounts: Discounts;
  /** minCount[n]: n-grams seen fewer times than this were dropped from the table (1 = nothing dropped). Index 0 unused. */
  minCount: number[];
};

// Ney, Essen & Kneser 1994, as used by Chen & Goodman 1998 (eq. 26): D = n1 / (n1 + 2 n2).
function discount(counts: Uint32Array): number {
  let n1 = 0;
  let n2 = 0;
  for (const c of counts) {
    if (c === 1) n1++;
    else if (c === 2) n2++;
  }
  // Undefined or zero on tiny corpora; fall back to Kneser & Ney's customary 0.75. D ≤ 1 keeps max(c − D, 0) = c − D.
  return n1 > 0 ? Math.min(1, n1 / (n1 + 2 * n2)) : 0.75;
}

/** Discounts from the counts-of-counts of each order; computed on the full table, before any pruning. */
export function kneserNeyDiscounts(trie: NgramTrie): Discounts {
  const count = [0];
  const adjusted = [0];
  for (let n = 1; n <= trie.maxOrder; n++) {
    count.push(discount(trie.levels[n].count));
    adjusted.push(discount(trie.levels[n].adjusted));
  }
  return { count, adjusted };
}

/**
 * Train a model on sentences already wrapped in <s> … </s>. The vocabulary defaults to the training words;
 * pass one to share ids with another model.
 */
export function trainNgramModel(
  sentences: readonly (readonly string[])[],
  maxOrder: number,
  vocabulary: Vocabulary = buildVocabulary(sentences),
): NgramModel {
  if (!Number.isInteger(maxOrder) || maxOrder < 1)
    throw new Error(`maxOrder must be a positive integer, got ${maxOrder}`);
  const trie = countNgrams(encodeSentences(vocabulary, sentences), vocabulary.words.length, maxOrder);
  return { vocabulary, trie, discounts: kneserNeyDiscounts(trie), minCount: new Array(maxOrder + 1).fill(1) };
}

/** How many words a model can predict: the whole vocabulary, <unk> and </s> included, except <s>. */
export function predictableSize(model: NgramModel): number {
  return model.vocabulary.words.length - 1;
}
