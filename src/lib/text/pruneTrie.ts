// Drops rare n-grams from a trie to fit the download budget, keeping each context's full-corpus figures intact.
import { emptyLevel, type NgramLevel, type NgramTrie } from './ngramTrie.ts';

/**
 * Keeps n-grams with count ≥ minCount[n] (index 0 unused) whose prefix is kept. c(prefix) ≥ c(n-gram), so with
 * thresholds that never fall as n grows, every kept n-gram's prefix and suffix are kept too. Context figures
 * (total, distinct, adjustedTotal) and Kneser–Ney counts still describe the full corpus.
 */
export function pruneTrie(trie: NgramTrie, minCount: readonly number[]): NgramTrie {
  const levels: NgramLevel[] = [copyLevel(trie.levels[0], Uint32Array.of(0), 1)];
  let keptAbove = Uint32Array.of(0); // old indices of the kept nodes one level up, in order
  for (let n = 1; n <= trie.maxOrder; n++) {
    const old = trie.levels[n];
    const oldParent = trie.levels[n - 1];
    const newParent = levels[n - 1];
    const threshold = minCount[n] ?? 1;
    const kept = new Uint32Array(old.size);
    let size = 0;
    for (let p = 0; p < keptAbove.length; p++) {
      const o = keptAbove[p];
      for (let c = oldParent.childStart[o]; c < oldParent.childStart[o + 1]; c++) {
        if (old.count[c] >= threshold) kept[size++] = c;
      }
      newParent.childStart[p + 1] = size;
    }
    keptAbove = kept.subarray(0, size);
    levels.push(copyLevel(old, keptAbove, size));
  }
  return { maxOrder: trie.maxOrder, levels };
}

function copyLevel(level: NgramLevel, indices: Uint32Array, size: number): NgramLevel {
  const copy = emptyLevel(size);
  for (let i = 0; i < size; i++) {
    const o = indices[i];
    copy.word[i] = level.word[o];
    copy.count[i] = level.count[o];
    copy.adjusted[i] = level.adjusted[o];
    copy.total[i] = level.total[o];
    copy.distinct[i] = level.distinct[o];
    copy.adjustedTotal[i] = level.adjustedTotal[o];
  }
  return copy;
}
