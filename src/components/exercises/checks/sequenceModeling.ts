// Chapter 0's live checks on the next-word figure (fid "next-word").
import type { NextWordModel } from '../../widgets/next-word/model.ts';
import type { CheckResult, FigureCheck } from './check.ts';

function rows(model: unknown): NextWordModel['rows'] | undefined {
  const m = model as Partial<NextWordModel> | undefined;
  return Array.isArray(m?.rows) ? m.rows : undefined;
}

export const sequenceModelingChecks = {
  /** k = 4 shows a context of known words that never occurs, while k = 1 still has counts. */
  'sequence-modeling.k4-unseen': (_state, model): CheckResult => {
    const r = rows(model);
    if (!r || r.length < 5) return { pass: false, message: 'The figure has not drawn its rows yet.' };
    const k4 = r[4].report;
    const k1 = r[1].report;
    if (k4.status === 'too-short')
      return { pass: false, message: 'Not yet: type at least four words so the k = 4 row has a context.' };
    if (k4.status === 'unknown-word')
      return {
        pass: false,
        message: `Not yet: "${k4.unknownWords.join('", "')}" is not in the corpus at all. Use only words the corpus knows, in a new combination.`,
      };
    if (k4.status === 'seen')
      return {
        pass: false,
        message: `Not yet: "${k4.context.join(' ')}" occurs ${k4.contextCount} times in the corpus. Make the four words more unusual.`,
      };
    if (k1.status !== 'seen' || k1.next.length === 0)
      return { pass: false, message: 'Almost: the k = 1 row should still show counts for the last word.' };
    return {
      pass: true,
      message: `Done: every word is in the corpus, the last word alone was seen ${k1.contextCount} times, yet "${k4.context.join(' ')}" never occurs.`,
    };
  },
} satisfies Record<string, FigureCheck>;
