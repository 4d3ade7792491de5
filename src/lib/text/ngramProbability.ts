// P(w | context) under maximum likelihood, add-k and interpolated Kneser–Ney (Jurafsky & Martin, SLP ch. 3; Chen & Goodman 1998).
import { type NgramModel, predictableSize } from './ngramModel.ts';
import { contextNodes, findChild } from './ngramTrie.ts';
import { BOS_ID, wordId } from './vocabulary.ts';

export type Smoothing = { method: 'mle' } | { method: 'addK'; k: number } | { method: 'kneserNey' };

/**
 * The core, on precomputed context nodes (see contextNodes): nodes[j] is the node of the last j words, and
 * contextLength L is how many of them the order uses, min(n − 1, words available). Unseen contexts give MLE 0
 * (0/0 has no answer; perplexity reports it as a zero), add-k 1/V, and Kneser–Ney the lower order's estimate.
 */
export function probabilityAt(
  model: NgramModel,
  nodes: Int32Array,
  contextLength: number,
  word: number,
  smoothing: Smoothing,
): number {
  if (word === BOS_ID) return 0;
  const { trie } = model;
  const L = contextLength;
  const countOf = (j: number): number => {
    const child = findChild(trie, j, nodes[j], word);
    return child < 0 ? 0 : trie.levels[j + 1].count[child];
  };
  if (smoothing.method === 'mle') {
    const total = nodes[L] < 0 ? 0 : trie.levels[L].total[nodes[L]];
    return total === 0 ? 0 : countOf(L) / total;
  }
  if (smoothing.method === 'addK') {
    // SLP eq. 3.25 with k: (c(h w) + k) / (c(h) + kV).
    const total = nodes[L] < 0 ? 0 : trie.levels[L].total[nodes[L]];
    const c = nodes[L] < 0 ? 0 : countOf(L);
    return (c + smoothing.k) / (total + smoothing.k * predictableSize(model));
  }
  // Interpolated Kneser–Ney (Chen & Goodman 1998, eqs. 25–26), built bottom-up from the uniform distribution:
  // p_j = max(c_j − D, 0) / Σc_j + D · N1+(h_j •) / Σc_j · p_{j−1}, raw counts at the top order, KN counts below.
  let p = 1 / predictableSize(model);
  for (let j = 0; j <= L; j++) {
    const node = nodes[j];
    if (node < 0) break;
    const level = trie.levels[j];
    const top = j === L;
    const denominator = top ? level.total[node] : level.adjustedTotal[node];
    if (denominator === 0) continue;
    const child = findChild(trie, j, node, word);
    const c = child < 0 ? 0 : top ? trie.levels[j + 1].count[child] : trie.levels[j + 1].adjusted[child];
    const D = top ? model.discounts.count[j + 1] : model.discounts.adjusted[j + 1];
    p = Math.max(c - D, 0) / denominator + ((D * level.distinct[node]) / denominator) * p;
  }
  return p;
}

/**
 * P(word | the last order − 1 words of history) under the given smoothing. A history shorter than order − 1 uses
 * what it has; sentence-initial history should start with <s>. Unknown words count as <unk>; order is clamped to
 * 1…maxOrder.
 */
export function probability(
  model: NgramModel,
  history: readonly string[],
  word: string,
  order: number,
  smoothing: Smoothing,
): number {
  const ids = history.map((w) => wordId(model.vocabulary, w));
  const L = Math.max(0, Math.min(order - 1, ids.length, model.trie.maxOrder - 1));
  const nodes = contextNodes(model.trie, ids, ids.length, L);
  return probabilityAt(model, nodes, L, wordId(model.vocabulary, word), smoothing);
}
