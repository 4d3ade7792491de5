// The bag-of-words figure's model: two typed sentences as word-count vectors over their shared vocabulary,
// their cosine, and, after a shuffle, proof from the counts themselves that word order never entered them.
import type { StateOf } from '../../figure/stateSchema.ts';
import {
  type Comparison,
  type CompareOptions,
  compareTexts,
  countsChanged,
} from '../../bagOfWords/compare.ts';
import type { BagOfWordsSchema } from './state.ts';

export interface BagOfWordsModel {
  comparison: Comparison;
  /** After a shuffle: how many counts differ from those of the typed order (for words alone, none). */
  shuffle: { seed: number; countsChanged: number } | null;
}

export function bagOfWordsModel(state: StateOf<BagOfWordsSchema>): BagOfWordsModel {
  const options: CompareOptions = {
    lowercase: state.lowercase,
    punctuation: state.punctuation,
    bigrams: false,
    seed: state.shuffle,
  };
  const comparison = compareTexts(state.a, state.b, options);
  if (state.shuffle === 0) return { comparison, shuffle: null };
  const typed = compareTexts(state.a, state.b, { ...options, seed: 0 });
  return { comparison, shuffle: { seed: state.shuffle, countsChanged: countsChanged(typed, comparison) } };
}
