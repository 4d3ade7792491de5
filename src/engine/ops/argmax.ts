// Argmax over the columns of a 2-D tensor's rows. Not an op on the tape: it only reads values (for
// accuracy and greedy decoding), so it has no backward. Ties go to the lowest index.
import type { Tensor } from '../tensor.ts';

/** The column of the largest value in row `r` of `x`. */
export function argmaxRow(x: Tensor, r: number): number {
  const n = x.cols;
  const z = x.data;
  const o = r * n;
  let best = 0;
  for (let k = 1; k < n; k++) if (z[o + k] > z[o + best]) best = k;
  return best;
}

/** How many of the first `targets.length` rows of `logits` have their argmax at the target. */
export function argmaxMatches(logits: Tensor, targets: ArrayLike<number>): number {
  if (targets.length > logits.rows)
    throw new Error(`argmaxMatches: ${targets.length} targets for ${logits.rows} rows`);
  let right = 0;
  for (let r = 0; r < targets.length; r++) if (argmaxRow(logits, r) === targets[r]) right++;
  return right;
}
