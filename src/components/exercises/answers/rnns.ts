// Chapter 3's computed answers: counted from the weights the book's own small RNN (the unroller's and
// the BPTT figure's) is built with, so the number matches what the figures run.
import { D, H, weights } from '../../models/tinyRnn.ts';
import type { AnswerProvider } from './provider.ts';

/** The recurrent weights of the figures' network, whatever its output vocabulary. */
export function recurrentParameterCount(): number {
  const w = weights(1);
  return w.Whh.length + w.Wxh.length + w.b.length;
}

export const rnnsAnswers = {
  /** Numbers in W_hh (H × H), W_xh (H × D) and b_h (H) of the figures' network: H = 6, D = 4. */
  'rnns.recurrent-params': () => {
    const n = recurrentParameterCount();
    if (n !== H * H + H * D + H) throw new Error(`the figures' network has ${n} recurrent weights`);
    return n;
  },
} satisfies Record<string, AnswerProvider>;
