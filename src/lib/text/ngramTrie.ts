// The compact n-gram count structure: a trie stored level by level in typed arrays, siblings sorted by word id.

/**
 * Level n holds every stored n-gram. Node i's children (the (n+1)-grams extending it) are the next level's range
 * [childStart[i], childStart[i + 1]), sorted by word id for binary search. Level 0 is the root, the empty context.
 */
export type NgramLevel = {
  size: number;
  /** [size] id of the n-gram's last word. */
  word: Uint32Array;
  /** [size] c(w_1…w_n). */
  count: Uint32Array;
  /** [size] Kneser–Ney count N1+(• w_1…w_n); equals c for the top order and for n-grams starting with <s> (Chen & Goodman 1998 §3.6). */
  adjusted: Uint32Array;
  /** [size + 1] children offsets into the next level. */
  childStart: Uint32Array;
  /** [size] as a context h: Σ_w c(h w), over the full counts even where the table is pruned; <s> is never counted as a continuation. */
  total: Uint32Array;
  /** [size] as a context h: N1+(h •), the number of distinct continuations, over the full counts. */
  distinct: Uint32Array;
  /** [size] as a context h: Σ_w adjusted(h w), over the full counts. */
  adjustedTotal: Uint32Array;
};

export type NgramTrie = {
  maxOrder: number;
  /** levels[0] is the root; levels[n] holds n-grams for n = 1…maxOrder. */
  levels: NgramLevel[];
};

export function emptyLevel(size: number): NgramLevel {
  return {
    size,
    word: new Uint32Array(size),
    count: new Uint32Array(size),
    adjusted: new Uint32Array(size),
    childStart: new Uint32Array(size + 1),
    total: new Uint32Array(size),
    distinct: new Uint32Array(size),
    adjustedTotal: new Uint32Array(size),
  };
}

/** Index in level n + 1 of node's child ending in word, or −1. Binary search over the sorted siblings. */
export function findChild(trie: NgramTrie, n: number, node: number, word: number): number {
  if (node < 0 || n >= trie.maxOrder) return -1;
  const next = trie.levels[n + 1];
  let lo = trie.levels[n].childStart[node];
  let hi = trie.levels[n].childStart[node + 1];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const w = next.word[mid];
    if (w === word) return mid;
    if (w < word) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** Index in level (end − start) of the n-gram ids[start…end), or −1 if it is not stored. */
export function findNgram(trie: NgramTrie, ids: ArrayLike<number>, start: number, end: number): number {
  let node = 0;
  for (let i = start; i < end && node >= 0; i++) node = findChild(trie, i - start, node, ids[i]);
  return node;
}

/**
 * Nodes of the contexts that end just before position end: result[j] is the node (level j) of the last j ids,
 * for j = 0…maxLength, or −1 where that context is not stored. result[0] is always the root.
 */
export function contextNodes(
  trie: NgramTrie,
  ids: ArrayLike<number>,
  end: number,
  maxLength: number,
): Int32Array {
  const length = Math.min(maxLength, end, trie.maxOrder - 1);
  const nodes = new Int32Array(maxLength + 1).fill(-1);
  nodes[0] = 0;
  for (let j = 1; j <= length; j++) {
    nodes[j] = findNgram(trie, ids, end - j, end);
    // A context whose suffix is unseen is unseen too.
    if (nodes[j] < 0) break;
  }
  return nodes;
}
