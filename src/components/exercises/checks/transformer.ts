// Chapter 8's live check on the tiny GPT's heads (fid "tiny-gpt"): the reader finds a head that mostly looks at the previous character, in the trained model.
import type { TinyGptModel } from '../../widgets/tiny-gpt/model.ts';
import type { CheckResult, FigureCheck } from './check.ts';

/** The steps the model must have trained for: the untrained heads spread evenly and prove nothing. */
export const TRAINED_STEPS = 300;

export const transformerChecks = {
  /** The head on show mostly attends to offset −1 (the previous character), after some training. */
  'transformer.previous-char-head': (_state, model): CheckResult => {
    const heads = (model as Partial<TinyGptModel> | undefined)?.heads?.();
    if (!heads) return { pass: false, message: 'The figure has not read its heads yet: let it train.' };
    if (heads.step < TRAINED_STEPS)
      return {
        pass: false,
        message: `Not yet: these are the weights after step ${heads.step}. Let the model train for at least ${TRAINED_STEPS} steps, then look again.`,
      };
    const s = heads.summary;
    if (s === null)
      return {
        pass: false,
        message: 'Not yet: type at least 5 characters the model knows into the text box.',
      };
    if (s.pick.kind === 'offset' && s.pick.k === 1)
      return {
        pass: true,
        message: `Yes: layer ${heads.layer}, head ${heads.head} puts a mean weight of ${s.pick.weight.toFixed(2)} on the previous character, ${(s.pick.weight / s.even).toFixed(1)} times an even spread.`,
      };
    return {
      pass: false,
      message: `Not this one: layer ${heads.layer}, head ${heads.head} ${s.text} Try another layer or head.`,
    };
  },
} satisfies Record<string, FigureCheck>;
