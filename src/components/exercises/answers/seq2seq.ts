// Chapter 6's computed answers: the plain date model's parameter count and context size, from the engine's own model.
import { Rng, seq2seqParams } from '../../../engine/index.ts';
import { datesModel } from '../../../tasks/index.ts';
import { pageModel, readDate } from '../../models/translate.ts';
import type { AnswerProvider } from './provider.ts';

export const seq2seqAnswers = {
  /** Trainable numbers of the plain (no attention) GRU date model of the figure: hidden 32, embedding 16, c fed to every decoder step. */
  'seq2seq.plain-params': () =>
    Object.values(
      seq2seqParams(
        datesModel({ cell: 'gru', attention: 'none', hidden: 32, embed: 16, feedContext: true }, new Rng(1)),
      ),
    ).reduce((n, p) => n + p.size, 0),
  /** Squares in the context strip of a 50-character input at context size 64. */
  'seq2seq.strip-50-at-64': () => readDate(pageModel('none', 64, 1), 'x'.repeat(50)).context.length,
} satisfies Record<string, AnswerProvider>;
