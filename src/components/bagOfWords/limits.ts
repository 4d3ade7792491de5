// The limits both bag-of-words figures share: how much of a sentence is kept, and the shuffle seeds.

/** Characters of each sentence that are counted and kept in links; a pasted novel is cut here. */
export const MAX_TEXT = 2000;

/** Largest shuffle seed; 0 means the words stay in the order they were typed. */
export const MAX_SEED = 9999;

/** The seed after `seed` when the reader asks for another shuffle: 1, 2, … MAX_SEED, then 1 again. */
export function nextSeed(seed: number): number {
  return (seed % MAX_SEED) + 1;
}
