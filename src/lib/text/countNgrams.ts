// Counts every n-gram (n = 1…maxOrder) of padded, id-encoded sentences into an NgramTrie, with Kneser–Ney statistics.
import { BOS_ID } from './vocabulary.ts';
import { emptyLevel, type NgramLevel, type NgramTrie } from './ngramTrie.ts';

/** Stable counting sort of positions by key(position) in [0, buckets). */
function countingSort(
  positions: Uint32Array,
  key: (position: number) => number,
  buckets: number,
): Uint32Array {
  const offsets = new Uint32Array(buckets + 1);
  for (const p of positions) offsets[key(p) + 1]++;
  for (let b = 0; b < buckets; b++) offsets[b + 1] += offsets[b];
  const sorted = new Uint32Array(positions.length);
  for (const p of positions) sorted[offsets[key(p)]++] = p;
  return sorted;
}

/**
 * Each level is built from the token positions where an n-gram starts: positions are radix-sorted by
 * (node of the (n−1)-gram at p, word at p + n − 1), which is exactly the trie's sibling order, so equal runs are
 * nodes. The (n−1)-gram at p + 1 is the node's suffix, which gives Kneser–Ney's N1+(• g) by counting distinct
 * left extensions (Chen & Goodman 1998, §3.6). Sentences must start with <s>; vocabularySize bounds the ids.
 */
export function countNgrams(
  sentences: readonly Uint32Array[],
  vocabularySize: number,
  maxOrder: number,
): NgramTrie {
  let length = 0;
  for (const s of sentences) length += s.length;
  const tokens = new Uint32Array(length);
  const remaining = new Uint32Array(length);
  let offset = 0;
  for (const s of sentences) {
    tokens.set(s, offset);
    for (let i = 0; i < s.length; i++) remaining[offset + i] = s.length - i;
    offset += s.length;
  }

  const root = emptyLevel(1);
  const levels: NgramLevel[] = [root];
  const startsWithBos: Uint8Array[] = [new Uint8Array(1)];
  let previousAt = new Uint32Array(length); // node of the (n−1)-gram starting at each position; 0 = root
  let positions = Uint32Array.from({ length }, (_, i) => i);

  for (let n = 1; n <= maxOrder; n++) {
    positions = positions.filter((p) => remaining[p] >= n);
    const parentLevel = levels[n - 1];
    const byWord = countingSort(positions, (p) => tokens[p + n - 1], vocabularySize);
    const sorted = countingSort(byWord, (p) => previousAt[p], parentLevel.size);

    const nodeAt = new Uint32Array(length);
    const word: number[] = [];
    const count: number[] = [];
    const parent: number[] = [];
    let lastParent = -1;
    let lastWord = -1;
    for (const p of sorted) {
      const w = tokens[p + n - 1];
      const up = previousAt[p];
      if (up !== lastParent || w !== lastWord) {
        word.push(w);
        count.push(0);
        parent.push(up);
        // A new distinct n-gram is one more left extension of its suffix, the (n−1)-gram at p + 1.
        if (n > 1) parentLevel.adjusted[previousAt[p + 1]]++;
        lastParent = up;
        lastWord = w;
      }
      count[count.length - 1]++;
      nodeAt[p] = word.length - 1;
    }

    const level = emptyLevel(word.length);
    level.word.set(word);
    level.count.set(count);
    const bos = new Uint8Array(level.size);
    for (let i = 0; i < level.size; i++) {
      parentLevel.childStart[parent[i] + 1]++;
      bos[i] = n === 1 ? Number(word[i] === BOS_ID) : startsWithBos[n - 1][parent[i]];
    }
    for (let i = 0; i < parentLevel.size; i++) parentLevel.childStart[i + 1] += parentLevel.childStart[i];
    levels.push(level);
    startsWithBos.push(bos);
    previousAt = nodeAt;
  }

  // Top-order n-grams and those starting with <s> (no left extension exists) keep their raw counts.
  for (let n = 1; n <= maxOrder; n++) {
    const level = levels[n];
    for (let i = 0; i < level.size; i++) {
      if (n === maxOrder || startsWithBos[n][i]) level.adjusted[i] = level.count[i];
    }
  }
  for (let n = 0; n < maxOrder; n++) {
    const level = levels[n];
    const next = levels[n + 1];
    for (let i = 0; i < level.size; i++) {
      for (let c = level.childStart[i]; c < level.childStart[i + 1]; c++) {
        if (next.word[c] === BOS_ID) continue;
        level.total[i] += next.count[c];
        level.distinct[i]++;
        level.adjustedTotal[i] += next.adjusted[c];
      }
    }
  }
  root.count[0] = root.total[0];
  return { maxOrder, levels };
}
