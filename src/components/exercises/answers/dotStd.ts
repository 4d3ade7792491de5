// The spread of raw dot products, measured by the engine: what Chapter 7's exercise asks, at any key size.
import { matmul, normal, Rng, transpose } from '../../../engine/index.ts';

/** Standard deviation of q·k over 400 × 400 pairs of d-entry vectors with independent unit-normal entries (≈ √d). */
export function dotStd(d: number): number {
  const rng = new Rng(7);
  const S = matmul(normal(rng, 400, d, 1), transpose(normal(rng, 400, d, 1)));
  let m = 0;
  for (const v of S.data) m += v;
  m /= S.size;
  let s = 0;
  for (const v of S.data) s += (v - m) ** 2;
  return Math.sqrt(s / S.size);
}
