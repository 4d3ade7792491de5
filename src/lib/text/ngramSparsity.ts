// Sparsity figures: how many held-out n-grams training never saw, and how few of the V^n possible n-grams occur at all (SLP §3.4).
import type { NgramModel } from './ngramModel.ts';
import { findNgram } from './ngramTrie.ts';
import { BOS_ID, EOS_ID, encodeSentences } from './vocabulary.ts';

export type SparsityRow = {
  n: number;
  /** n-word windows in the held-out sentences (markers excluded). */
  heldOutNgrams: number;
  /** Of those, windows whose n-gram never occurs in training. */
  heldOutUnseen: number;
  unseenShare: number;
  /** Distinct n-grams in the held-out text, and how many of them training never saw. */
  heldOutDistinct: number;
  heldOutDistinctUnseen: number;
  /** Distinct n-grams in training. */
  trainDistinct: number;
  /** log10 of V^n, the number of possible n-grams over V training word types (V^n itself overflows doubles for large n). */
  log10Possible: number;
  /** V^n exactly, as a decimal string (from BigInt). */
  possible: string;
  /** log10(trainDistinct / V^n). */
  log10SeenShare: number;
};

/**
 * Windows are n consecutive words inside one sentence, <s> and </s> excluded, so "possible" is plainly V^n with V
 * the number of word types in training. A window holding a word outside the vocabulary is unseen; distinct
 * held-out n-grams are told apart by their words, not ids, so two unknown words stay two types. The model must be
 * unpruned for "never seen" to mean never. Held-out sentences are wrapped in <s> … </s>.
 */
export function ngramSparsity(
  model: NgramModel,
  heldOut: readonly (readonly string[])[],
  maxOrder = model.trie.maxOrder,
): SparsityRow[] {
  const { trie } = model;
  const wordTypes = model.vocabulary.words.length - 3;
  const encoded = encodeSentences(model.vocabulary, heldOut);
  const rows: SparsityRow[] = [];
  const firstIsBos: Uint8Array[] = [new Uint8Array(1)];
  for (let n = 1; n <= maxOrder; n++) {
    const level = trie.levels[n];
    const parent = trie.levels[n - 1];
    const bos = new Uint8Array(level.size);
    for (let i = 0; i < parent.size; i++) {
      for (let c = parent.childStart[i]; c < parent.childStart[i + 1]; c++) {
        bos[c] = n === 1 ? Number(level.word[c] === BOS_ID) : firstIsBos[n - 1][i];
      }
    }
    firstIsBos.push(bos);
    let trainDistinct = 0;
    for (let i = 0; i < level.size; i++) if (!bos[i] && level.word[i] !== EOS_ID) trainDistinct++;

    let windows = 0;
    let unseen = 0;
    const distinct = new Map<string, boolean>();
    encoded.forEach((ids, s) => {
      // ids[0] is <s> and ids[length − 1] is </s>: windows lie in between.
      for (let start = 1; start + n <= ids.length - 1; start++) {
        const seen = findNgram(trie, ids, start, start + n) >= 0;
        windows++;
        if (!seen) unseen++;
        distinct.set(heldOut[s].slice(start, start + n).join(' '), seen);
      }
    });
    let distinctUnseen = 0;
    for (const seen of distinct.values()) if (!seen) distinctUnseen++;
    const log10Possible = n * Math.log10(wordTypes);
    rows.push({
      n,
      heldOutNgrams: windows,
      heldOutUnseen: unseen,
      unseenShare: windows > 0 ? unseen / windows : 0,
      heldOutDistinct: distinct.size,
      heldOutDistinctUnseen: distinctUnseen,
      trainDistinct,
      log10Possible,
      possible: (BigInt(wordTypes) ** BigInt(n)).toString(),
      log10SeenShare: trainDistinct > 0 ? Math.log10(trainDistinct) - log10Possible : -Infinity,
    });
  }
  return rows;
}
