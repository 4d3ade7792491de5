// Chapter 7's computed answers: the spread of raw dot products at d = 64, and the sharpness of unscaled self-attention, from the engine.
import { matmul, normal, Rng, transpose } from '../../../engine/index.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { selfAttentionModel } from '../../widgets/self-attention/model.ts';
import { selfAttentionSchema } from '../../widgets/self-attention/state.ts';
import type { AnswerProvider } from './provider.ts';

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

export const attentionAnswers = {
  /** The spread of q·k at d = 64 (≈ √64 = 8). */
  'attention.dot-std-64': () => dotStd(64),
  /** Mean largest weight per row of the preview at d = 64 without √d (τ = 1). */
  'attention.peak-unscaled-64': () =>
    selfAttentionModel({ ...defaults(selfAttentionSchema), d: '64', scaled: false }).peak,
} satisfies Record<string, AnswerProvider>;
