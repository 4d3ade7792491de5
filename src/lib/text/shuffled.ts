// A seeded Fisher–Yates shuffle, for the "shuffle the words" control and the document split.
import { randomLcg } from 'd3-random';

/** A shuffled copy of items; the same seed always gives the same order. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = randomLcg(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}
