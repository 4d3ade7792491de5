// The index behind fast top-k lookups: each context's continuations pre-sorted by falling count.
import type { NgramTrie } from './ngramTrie.ts';

const cache = new WeakMap<object, Uint32Array>();

/**
 * For level n, a permutation of level n + 1: over each node's child range [childStart[i], childStart[i + 1]) it
 * lists the children by falling count (ties by word id). Built once per level and cached; call prepareRankedChildren
 * up front so the first typed context does not pay for it.
 */
export function rankedChildren(trie: NgramTrie, n: number): Uint32Array {
  const level = trie.levels[n];
  let ranked = cache.get(level);
  if (ranked) return ranked;
  const next = trie.levels[n + 1];
  ranked = new Uint32Array(next ? next.size : 0);
  for (let i = 0; i < ranked.length; i++) ranked[i] = i;
  for (let i = 0; i < level.size; i++) {
    const start = level.childStart[i];
    const end = level.childStart[i + 1];
    if (end - start > 1) {
      ranked
        .subarray(start, end)
        .sort((a, b) => next.count[b] - next.count[a] || next.word[a] - next.word[b]);
    }
  }
  cache.set(level, ranked);
  return ranked;
}

/** Build the ranking of every level now. */
export function prepareRankedChildren(trie: NgramTrie): void {
  for (let n = 0; n < trie.maxOrder; n++) rankedChildren(trie, n);
}
