// Chapter 7's computed answers: the spread of raw dot products at d = 64, and the sharpness of unscaled self-attention, from the engine.
import { dotStd } from './dotStd.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { selfAttentionModel } from '../../widgets/self-attention/model.ts';
import { selfAttentionSchema } from '../../widgets/self-attention/state.ts';
import type { AnswerProvider } from './provider.ts';

export const attentionAnswers = {
  /** The spread of q·k at d = 64 (≈ √64 = 8). */
  'attention.dot-std-64': () => dotStd(64),
  /** Mean largest weight per row of the preview at d = 64 without √d (τ = 1). */
  'attention.peak-unscaled-64': () =>
    selfAttentionModel({ ...defaults(selfAttentionSchema), d: '64', scaled: false }).peak,
} satisfies Record<string, AnswerProvider>;
