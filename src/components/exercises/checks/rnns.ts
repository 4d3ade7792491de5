// Chapter 3's live check on the BPTT figure (fid "bptt").
import type { BpttModel } from '../../widgets/bptt/model.ts';
import type { CheckResult, FigureCheck } from './check.ts';

function bptt(model: unknown): BpttModel | undefined {
  const m = model as Partial<BpttModel> | undefined;
  return Array.isArray(m?.words) && Array.isArray(m?.partial) && Array.isArray(m?.shared)
    ? (m as BpttModel)
    : undefined;
}

/** The chapter's own sentence; the reader is asked for one of their own. */
const CHAPTER_SENTENCE = 'the cat sat on the mat';
export const MIN_WORDS = 5;

export const rnnsChecks = {
  /**
   * A sentence of the reader's own, at least five words, walked all the way back: the running sum of the
   * per-step contributions then equals the gradient of the one shared W_hh, entry for entry.
   */
  'rnns.sum-complete': (_state, model): CheckResult => {
    const m = bptt(model);
    if (!m) return { pass: false, message: 'The figure has not drawn yet.' };
    const T = m.words.length;
    if (T < MIN_WORDS)
      return {
        pass: false,
        message: `Not yet: the sentence has ${T === 1 ? 'one word' : `${T} words`}. Type one of at least ${MIN_WORDS}.`,
      };
    if (m.words.join(' ') === CHAPTER_SENTENCE)
      return { pass: false, message: 'Not yet: that is the chapter’s own sentence. Type one of your own.' };
    if (m.back < T)
      return {
        pass: false,
        message: `Not yet: the backward pass has reached ${m.back} of ${T} steps, so the running sum still lacks ${T - m.back === 1 ? 'step 1' : `steps 1 to ${T - m.back}`}.`,
      };
    let gap = 0;
    for (let k = 0; k < m.shared.length; k++) gap = Math.max(gap, Math.abs(m.partial[k] - m.shared[k]));
    if (!(gap < 1e-9))
      return {
        pass: false,
        message: `Not yet: the running sum is ${gap.toExponential(1)} away from the shared gradient.`,
      };
    return {
      pass: true,
      message: `Done: all ${T} steps are in, and their sum equals ∂L/∂W_hh of the shared matrix entry for entry (largest difference ${gap.toExponential(0)}).`,
    };
  },
} satisfies Record<string, FigureCheck>;
