// What the context explorer shows: for a context and an order, the likeliest next words with their counts (Jurafsky & Martin, SLP §3.1).
import type { NgramModel } from './ngramModel.ts';
import { findNgram } from './ngramTrie.ts';
import { rankedChildren } from './rankedChildren.ts';
import { BOS_ID, UNK_ID, wordId } from './vocabulary.ts';

export type NextWord = { word: string; count: number /** MLE c(h w) / c(h) */; p: number };

export type ContextStatus =
  /** The context is in the table; next lists its continuations. */
  | 'seen'
  /** A context word is not in the vocabulary at all: "never seen in the corpus". */
  | 'unknown-word'
  /** All words are known but this sequence is not in the table (seen fewer than minCount times, or never). */
  | 'unseen'
  /** Fewer words were typed than the order needs. */
  | 'too-short';

export type ContextReport = {
  order: number;
  /** The n − 1 words the order conditions on (fewer if too short). */
  context: string[];
  status: ContextStatus;
  /** Context words the vocabulary has never seen. */
  unknownWords: string[];
  /** c(h): how often the context was followed by a word in training (0 unless seen). */
  contextCount: number;
  /** N1+(h •): how many different words followed it. */
  distinct: number;
  /** Top continuations by count. Empty when seen but every continuation was pruned. */
  next: NextWord[];
  /** Share of c(h) covered by continuations stored in the table; the rest were pruned as rare. */
  storedShare: number;
  /** Continuations (n-grams of this order) seen fewer times were dropped from the table. */
  minCount: number;
  /**
   * Contexts ((n − 1)-grams) seen fewer times were dropped. When it is 1, status 'unseen' means never seen in
   * training; above 1 it means "fewer than contextMinCount times, perhaps never".
   */
  contextMinCount: number;
};

/** The top k continuations of the last order − 1 words of context. Words are tokens (use tokenWords on typed text). */
export function nextWords(
  model: NgramModel,
  context: readonly string[],
  order: number,
  k = 10,
): ContextReport {
  const { trie, vocabulary } = model;
  const n = Math.max(1, Math.min(order, trie.maxOrder));
  const words = context.slice(Math.max(0, context.length - (n - 1)));
  const ids = words.map((w) => wordId(vocabulary, w));
  const unknownWords = words.filter((_, i) => ids[i] === UNK_ID);
  const report: ContextReport = {
    order: n,
    context: words,
    status: 'seen',
    unknownWords,
    contextCount: 0,
    distinct: 0,
    next: [],
    storedShare: 0,
    minCount: model.minCount[n] ?? 1,
    contextMinCount: n > 1 ? (model.minCount[n - 1] ?? 1) : 1,
  };
  if (words.length < n - 1) return { ...report, status: 'too-short' };
  if (unknownWords.length > 0) return { ...report, status: 'unknown-word' };
  const node = findNgram(trie, ids, 0, ids.length);
  if (node < 0) return { ...report, status: 'unseen' };
  const level = trie.levels[n - 1];
  const next = trie.levels[n];
  const contextCount = level.total[node];
  const ranked = rankedChildren(trie, n - 1);
  let stored = 0;
  for (let c = level.childStart[node]; c < level.childStart[node + 1]; c++) {
    const child = ranked[c];
    if (next.word[child] === BOS_ID) continue;
    stored += next.count[child];
    if (report.next.length < k) {
      report.next.push({ word: vocabulary.words[next.word[child]], count: next.count[child], p: 0 });
    }
  }
  for (const entry of report.next) entry.p = contextCount > 0 ? entry.count / contextCount : 0;
  report.contextCount = contextCount;
  report.distinct = level.distinct[node];
  report.storedShare = contextCount > 0 ? stored / contextCount : 0;
  return report;
}
