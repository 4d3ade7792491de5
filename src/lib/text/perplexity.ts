// Held-out perplexity, PP(W) = P(w_1…w_N)^(−1/N) (Jurafsky & Martin, SLP eq. 3.15), reporting zero probabilities instead of hiding them.
import type { NgramModel } from './ngramModel.ts';
import { probabilityAt, type Smoothing } from './ngramProbability.ts';
import { contextNodes } from './ngramTrie.ts';
import { encodeSentences, UNK_ID } from './vocabulary.ts';

export type PerplexityResult = {
  /** Infinity when any token has probability zero; check `infinite` and show "infinite", not a number. */
  perplexity: number;
  infinite: boolean;
  /** N: predicted tokens, every word and </s> but not <s>. */
  tokens: number;
  /** Tokens the model gave probability zero (MLE: an unseen n-gram or an unseen context). */
  zeroProbability: number;
  /** Σ log2 P over the tokens with non-zero probability. */
  log2Probability: number;
  /** Test tokens outside the vocabulary, scored as <unk>. */
  unknownTokens: number;
};

export type PerplexityQuery = { order: number; smoothing: Smoothing };

/**
 * Perplexity of id-encoded sentences (each <s> … </s>) for several orders and smoothings at once, sharing the
 * context lookups. Result [q] answers queries[q].
 */
export function perplexities(
  model: NgramModel,
  sentences: readonly Uint32Array[],
  queries: readonly PerplexityQuery[],
): PerplexityResult[] {
  const maxContext = Math.min(model.trie.maxOrder, Math.max(1, ...queries.map((q) => q.order))) - 1;
  const logSum = new Float64Array(queries.length);
  const zeros = new Uint32Array(queries.length);
  let tokens = 0;
  let unknownTokens = 0;
  for (const ids of sentences) {
    for (let i = 1; i < ids.length; i++) {
      tokens++;
      if (ids[i] === UNK_ID) unknownTokens++;
      const nodes = contextNodes(model.trie, ids, i, maxContext);
      queries.forEach(({ order, smoothing }, q) => {
        const L = Math.max(0, Math.min(order - 1, i, maxContext));
        const p = probabilityAt(model, nodes, L, ids[i], smoothing);
        if (p > 0) logSum[q] += Math.log2(p);
        else zeros[q]++;
      });
    }
  }
  return queries.map((_, q) => {
    const infinite = zeros[q] > 0;
    return {
      perplexity: infinite ? Infinity : tokens === 0 ? 1 : 2 ** (-logSum[q] / tokens),
      infinite,
      tokens,
      zeroProbability: zeros[q],
      log2Probability: logSum[q],
      unknownTokens,
    };
  });
}

/** Perplexity of sentences of words, each wrapped in <s> … </s>, for one order and smoothing. */
export function perplexity(
  model: NgramModel,
  sentences: readonly (readonly string[])[],
  order: number,
  smoothing: Smoothing,
): PerplexityResult {
  return perplexities(model, encodeSentences(model.vocabulary, sentences), [{ order, smoothing }])[0];
}
