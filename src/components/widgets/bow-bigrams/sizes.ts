// The bigram figure's summary rows, shared by its live view and its static frame: vocabulary size and
// cosine counted by words alone and by words plus bigrams, and each sentence's pairs.
import type { Comparison } from '../../bagOfWords/compare.ts';
import { approx, int } from '../../bagOfWords/format.ts';
import type { BowBigramsModel } from './model.ts';

export interface SizeRow {
  label: string;
  vocabulary: string;
  cosine: string;
}

function cosineCell(c: Comparison): string {
  return c.cosine.value === null ? 'none (no words)' : approx(c.cosine.value);
}

export function sizeRows(m: BowBigramsModel): SizeRow[] {
  const [words, bigrams] = m.withBigrams.groups.map((g) => g.total);
  return [
    { label: 'Words only', vocabulary: int(m.words.vocabulary.length), cosine: cosineCell(m.words) },
    {
      label: 'Words + bigrams',
      vocabulary: `${int(words)} + ${int(bigrams)} = ${int(words + bigrams)}`,
      cosine: cosineCell(m.withBigrams),
    },
  ];
}

/** Pairs listed per sentence; the table below counts them all. */
export const MAX_PAIRS_SHOWN = 16;

export interface PairLine {
  label: 'A' | 'B';
  pairs: string[];
  /** Pairs not listed. */
  hidden: number;
  /** Said instead of a list when the sentence has fewer than two words. */
  none?: string;
}

export function pairLines(m: BowBigramsModel): PairLine[] {
  return m.withBigrams.sentences.map((s) => ({
    label: s.label,
    pairs: s.bigrams.slice(0, MAX_PAIRS_SHOWN),
    hidden: Math.max(0, s.bigrams.length - MAX_PAIRS_SHOWN),
    none:
      s.bigrams.length > 0
        ? undefined
        : s.tokens.length === 0
          ? 'none: no words'
          : 'none: one word makes no pair',
  }));
}
