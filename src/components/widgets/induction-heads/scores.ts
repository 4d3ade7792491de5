// What the induction figure measures, pure: when the copy forms (a stated criterion on the evaluations), and
// two scores of a head's attention on a sequence of L random tokens repeated once (Olsson et al. 2022).
import type { CopyEvaluation } from './inductionRun.ts';

/** The copy has formed once the second-copy loss is below this fraction of the first-copy loss. */
export const FORMED_RATIO = 0.5;

/** The first evaluation where second-copy loss < FORMED_RATIO × first-copy loss, or null before it. */
export function formedAt(evaluations: readonly CopyEvaluation[]): CopyEvaluation | null {
  return evaluations.find((e) => e.second < FORMED_RATIO * e.first) ?? null;
}

/**
 * Induction score of a map over a sequence that ends with a repeat of `half` tokens (T = w.length): the mean
 * weight from each position i of the second copy (i = T − half … T − 1) to position i − half + 1, the token
 * after the previous occurrence of token i. An induction head puts nearly all its weight there; an even
 * spread over the i + 1 keys would put 1/(i + 1).
 */
export function inductionScore(w: readonly (readonly number[])[], half: number): number {
  const T = w.length;
  let s = 0;
  for (let i = T - half; i < T; i++) s += w[i][i - half + 1];
  return s / half;
}

/** Previous-token score: the mean weight from each position i ≥ 1 to position i − 1. */
export function previousTokenScore(w: readonly (readonly number[])[]): number {
  let s = 0;
  for (let i = 1; i < w.length; i++) s += w[i][i - 1];
  return s / (w.length - 1);
}

/** A head is named an induction (or previous-token) head when it puts at least this share of its attention there on average. */
export const MOSTLY = 0.5;

/** The same scores for an even spread of attention over the keys each query may see (the yardstick), T positions. */
export function evenScores(T: number, half: number): { induction: number; previous: number } {
  let ind = 0;
  for (let i = T - half; i < T; i++) ind += 1 / (i + 1);
  let prev = 0;
  for (let i = 1; i < T; i++) prev += 1 / (i + 1);
  return { induction: ind / half, previous: prev / (T - 1) };
}

export interface HeadScores {
  layer: number;
  head: number;
  induction: number;
  previous: number;
}

/** The head with the highest induction score (any layer), and the first-layer head with the highest previous-token score. */
export function pickHeads(scores: readonly HeadScores[]): { induction: HeadScores; previous: HeadScores } {
  const best = (xs: readonly HeadScores[], f: (s: HeadScores) => number) =>
    xs.reduce((a, b) => (f(b) > f(a) ? b : a));
  return {
    induction: best(scores, (s) => s.induction),
    previous: best(
      scores.filter((s) => s.layer === 1),
      (s) => s.previous,
    ),
  };
}
