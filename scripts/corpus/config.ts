// The corpus build's settings, in one place so meta.json can report each of them.

/** Seed of the document split; change it and every held-out figure changes. */
export const SPLIT_SEED = 1;
/** Share of each genre's documents held out for evaluation. */
export const HELD_OUT_SHARE = 0.1;
/** Longest n-gram counted and shipped. */
export const MAX_ORDER = 5;
/**
 * minCount[n]: the shipped table keeps n-grams seen at least this often (index 0 unused). All unigrams and
 * bigrams are kept; trigrams and longer need two occurrences, which is what fits the budget. Evaluation uses the
 * full counts.
 */
export const MIN_COUNT = [1, 1, 1, 2, 2, 2];
/** k values of the add-k curve in evaluation.json. */
export const ADD_K_GRID = [1, 0.5, 0.1, 0.05, 0.01, 0.005, 0.001, 0.0005, 0.0001];
/** All corpus assets together, gzipped (3 MB). */
export const GZIP_BUDGET_BYTES = 3_000_000;
