// Chapter 8's computed answers: a block's parameters from the engine's count, the per-head scaling, the shuffle test of attention without positions, what the character trigram saves on Brown text, and the first copy's floor in the induction task.
import { transformerParamCount } from '../../../engine/index.ts';
import { inductionTask } from '../../../tasks/index.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { positionsOrderModel } from '../../widgets/positions-order/model.ts';
import { positionsOrderSchema } from '../../widgets/positions-order/state.ts';
import { brownChars } from '../../widgets/tiny-gpt/brownChars.ts';
import { charBaseline } from '../../../tasks/charNgram.ts';
import { gptConfig } from '../../widgets/tiny-gpt/model.ts';
import type { AnswerProvider } from './provider.ts';

const tiny = { vocab: 48, context: 32, d: 48, heads: 4, positions: 'learned' as const };

export const transformerAnswers = {
  /** Parameters one block adds at d = 48 (MLP 4d): the count of 2 layers minus that of 1. */
  'transformer.block-params-48': () =>
    transformerParamCount({ ...tiny, layers: 2 }) - transformerParamCount({ ...tiny, layers: 1 }),
  /** √(d/h): what each of the 4 heads of d = 48 divides its scores by. */
  'transformer.head-scale-48-4': () => Math.sqrt(tiny.d / tiny.heads),
  /** The "order, again" figure at its defaults with sinusoidal positions: the largest change of an output row. */
  'transformer.shuffle-change-sinusoidal': () =>
    positionsOrderModel({ ...defaults(positionsOrderSchema), positions: 'sinusoidal' }).maxChange,
  /** ln V minus the character trigram's held-out loss on the figure's Brown text, in nats per character. */
  'transformer.trigram-saving': () => {
    const text = brownChars();
    return Math.log(new Set(text).size) - charBaseline(gptConfig(text)).loss[2];
  },
  /** The least loss any model can have on the first copy of the induction task: its tokens are uniform, so ln V. */
  'transformer.first-copy-floor': () => Math.log(inductionTask.defaults.vocab),
} satisfies Record<string, AnswerProvider>;
