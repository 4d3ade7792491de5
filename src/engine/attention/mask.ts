// Attention masks: which keys each query may attend to, applied to the scores before the softmax.
import { maskFill } from '../ops/maskFill.ts';
import type { Tensor } from '../tensor.ts';

/**
 * Truthy entries are attended to. One entry per key ([n]: a padding mask shared by every query) or
 * one per (query, key) pair ([m·n], row-major: e.g. a causal mask).
 */
export type AttentionMask = ArrayLike<number | boolean>;

// A masked score becomes −1e30 rather than −Infinity: e^(−1e30 − max) is exactly 0 in float64, so the
// weight vanishes just the same, while every value stays finite for the finite check.
const MASKED = -1e30;

/** scores: [m, n] with masked entries replaced; throws if a query would have no key left. */
export function applyMask(op: string, scores: Tensor, mask: AttentionMask | undefined): Tensor {
  if (mask === undefined) return scores;
  const { rows: m, cols: n } = scores;
  if (mask.length !== n && mask.length !== m * n) {
    throw new Error(
      `${op}: a mask for ${m} queries and ${n} keys needs ${n} or ${m * n} entries, got ${mask.length}`,
    );
  }
  for (let i = 0; i < m; i++) {
    let any = false;
    for (let j = 0; j < n && !any; j++) any = Boolean(mask[mask.length === n ? j : i * n + j]);
    if (!any)
      throw new Error(`${op}: query ${i} has every key masked; its attention weights would be undefined`);
  }
  return maskFill(scores, mask, MASKED);
}

/** A padding mask from token ids: 1 where ids[t] ≠ pad. */
export function paddingMask(ids: ArrayLike<number>, pad: number): number[] {
  return Array.from(ids, (id) => (id === pad ? 0 : 1));
}

/** A causal mask for n positions: query i may attend to keys 0..i ([n·n], row-major). */
export function causalMask(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out.push(j <= i ? 1 : 0);
  return out;
}
