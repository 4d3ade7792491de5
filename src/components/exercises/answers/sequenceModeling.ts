// Chapter 0's computed answers: every number an exercise expects, counted from the Brown corpus when
// the site is built, by the same code the next-word figure runs in the page.
import { nextWords } from '../../../lib/text/nextWords.ts';
import { brownModelAtBuild } from '../../models/brownAtBuild.ts';
import { nextWordModel } from '../../widgets/next-word/model.ts';
import type { AnswerProvider } from './provider.ts';

async function probability(context: string[], word: string): Promise<number> {
  const report = nextWords(await brownModelAtBuild(), context, context.length + 1, 50);
  const hit = report.next.find((w) => w.word === word);
  if (!hit) throw new Error(`"${word}" does not follow "${context.join(' ')}" in the corpus`);
  return hit.p;
}

export const sequenceModelingAnswers = {
  /** P(america | the united states of), k = 4. */
  'sequence-modeling.p-america': () => probability(['the', 'united', 'states', 'of'], 'america'),
  /** How many times likelier "the" is right after "of" than with no context: P(the | of) / P(the). */
  'sequence-modeling.the-after-of': async () =>
    (await probability(['of'], 'the')) / (await probability([], 'the')),
  /** Rows of the next-word figure (k = 0 … 4) that still show counts for "my grandmother baked a". */
  'sequence-modeling.rows-grandmother': async () => {
    const model = nextWordModel(await brownModelAtBuild(), { text: 'my grandmother baked a', top: 5 });
    return model.rows.filter((r) => r.report.status === 'seen' && r.report.next.length > 0).length;
  },
} satisfies Record<string, AnswerProvider>;
