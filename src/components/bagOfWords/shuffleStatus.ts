// What the figures say after a shuffle: the words moved, and which counts (if any) moved with them.
import { int } from './format.ts';

export interface ShuffleReport {
  seed: number;
  /** Word counts that differ from the typed order's. */
  words: number;
  /** Bigram counts that differ, when bigrams are counted. */
  bigrams?: number;
}

export function shuffleStatus(report: ShuffleReport | null): string {
  if (!report) return 'Words in the order typed.';
  const head = `Shuffled (seed ${report.seed}).`;
  const words =
    report.words === 0
      ? 'Word counts changed: 0, so the word vectors are exactly the same.'
      : `Word counts changed: ${int(report.words)}.`;
  if (report.bigrams === undefined) return `${head} ${words}`;
  return `${head} ${words} Bigram counts changed: ${int(report.bigrams)}.`;
}
