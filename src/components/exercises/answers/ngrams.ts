// Chapter 2's computed answers: every number an exercise expects, counted from the Brown corpus when the
// site is built by the code the context explorer runs in the page, or worked from add-k smoothing
// (eq. addk) with the sizes the question states.
import { nextWords } from '../../../lib/text/nextWords.ts';
import { brownModelAtBuild } from '../../models/brownAtBuild.ts';
import { ADD_ONE, addK } from './addK.ts';
import type { AnswerProvider } from './provider.ts';

/** P(word | context) by maximum likelihood, as the row of order context.length + 1 in the explorer shows it. */
export async function mleProbability(context: readonly string[], word: string): Promise<number> {
  const report = nextWords(await brownModelAtBuild(), context, context.length + 1, 50);
  if (report.status !== 'seen') throw new Error(`"${context.join(' ')}" is ${report.status} in the corpus`);
  const hit = report.next.find((w) => w.word === word);
  if (!hit) throw new Error(`"${word}" does not follow "${context.join(' ')}" in the corpus`);
  return hit.p;
}

export { ADD_ONE, addK } from './addK.ts';

export const ngramsAnswers = {
  /** P(america | states of) from the trigram row of the context explorer. */
  'ngrams.p-america-trigram': () => mleProbability(['states', 'of'], 'america'),
  /**
   * Add-one: the share of a context's probability that goes to the words never seen after it, when its
   * 10 occurrences were followed by 10 different words: (V − 10) · (0 + 1) / (10 + V).
   */
  'ngrams.add-one-unseen-share': () => {
    const { k, contextCount, distinctAfter, vocabulary } = ADD_ONE;
    return (vocabulary - distinctAfter) * addK(0, contextCount, k, vocabulary);
  },
} satisfies Record<string, AnswerProvider>;
