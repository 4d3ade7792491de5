// The bigram figure's model: the same two sentences counted twice, by words alone and by words plus
// adjacent pairs, so the reader sees the vocabulary grow and the cosine fall once order leaves a trace.
import type { StateOf } from '../../figure/stateSchema.ts';
import {
  type Comparison,
  type CompareOptions,
  compareTexts,
  countsChanged,
} from '../../bagOfWords/compare.ts';
import type { BowBigramsSchema } from './state.ts';

export interface BowBigramsModel {
  /** Words only: the Figure 1 view of the pair. */
  words: Comparison;
  /** Words and bigrams over the grown vocabulary. */
  withBigrams: Comparison;
  /** The comparison the table draws, chosen by the toggle. */
  shown: Comparison;
  /** After a shuffle: how many word counts and how many bigram counts differ from the typed order. */
  shuffle: { seed: number; wordCounts: number; bigramCounts: number } | null;
}

export function bowBigramsModel(state: StateOf<BowBigramsSchema>): BowBigramsModel {
  const options: CompareOptions = {
    lowercase: true,
    punctuation: 'drop',
    bigrams: false,
    seed: state.shuffle,
  };
  const words = compareTexts(state.a, state.b, options);
  const withBigrams = compareTexts(state.a, state.b, { ...options, bigrams: true });
  const shown = state.bigrams ? withBigrams : words;
  if (state.shuffle === 0) return { words, withBigrams, shown, shuffle: null };
  const typed = { ...options, seed: 0 };
  const wordCounts = countsChanged(compareTexts(state.a, state.b, typed), words);
  const allCounts = countsChanged(compareTexts(state.a, state.b, { ...typed, bigrams: true }), withBigrams);
  return {
    words,
    withBigrams,
    shown,
    shuffle: { seed: state.shuffle, wordCounts, bigramCounts: allCounts - wordCounts },
  };
}
