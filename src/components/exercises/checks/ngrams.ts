// Chapter 2's live checks on the context explorer (fid "ngram-explorer").
import type { ExplorerModel } from '../../widgets/ngram-explorer/model.ts';
import type { CheckResult, FigureCheck } from './check.ts';

function rows(model: unknown): ExplorerModel['rows'] | undefined {
  const m = model as Partial<ExplorerModel> | undefined;
  return Array.isArray(m?.rows) && Array.isArray(m?.tail) ? m.rows : undefined;
}

/** The chapter's own example of a context the corpus never saw; the reader is asked for a new one. */
const CHAPTER_EXAMPLE = 'grandmother baked a';

const times = (n: number) => (n === 1 ? 'once' : `${n.toLocaleString('en-US')} times`);

export const ngramsChecks = {
  /**
   * Three known words the corpus never saw together: the 4-gram row's three-word context is unseen, and
   * provably never seen: the page drops three-word contexts seen once, but its two-word table is complete,
   * so an unseen last pair (the trigram row's context) was never seen, nor the three words around it.
   */
  'ngrams.three-unseen': (_state, model): CheckResult => {
    const r = rows(model);
    const row = (n: number) => r?.find((x) => x.n === n)?.report;
    const four = row(4);
    const three = row(3);
    if (!four || !three) return { pass: false, message: 'The figure has not drawn its rows yet.' };
    if (four.status === 'too-short')
      return { pass: false, message: 'Not yet: type at least three words, so the 4-gram row has a context.' };
    if (four.status === 'unknown-word')
      return {
        pass: false,
        message: `Not yet: "${four.unknownWords.join('", "')}" is not in the corpus at all. Use only words the corpus knows.`,
      };
    const words = four.context.join(' ');
    if (four.status === 'seen')
      return {
        pass: false,
        message: `Not yet: "${words}" occurs ${times(four.contextCount)} in the corpus. Put the words in a less usual order.`,
      };
    // The page leaves rare contexts out of its tables; an unseen context is certainly never seen only
    // where its table is complete, here the two-word one (and every one, should the tables ever be full).
    if (four.contextMinCount > 1 && three.status === 'seen')
      return {
        pass: false,
        message: `Not yet: the page's table has no "${words}", but it leaves out three-word contexts seen ${four.contextMinCount === 2 ? 'only once' : `fewer than ${four.contextMinCount} times`}, and "${three.context.join(' ')}" occurs ${times(three.contextCount)}, so the three words may have too. Make the last two words a pair the corpus never saw.`,
      };
    const proof =
      four.contextMinCount <= 1
        ? `"${words}" never occurs in it`
        : three.status === 'unseen' && three.contextMinCount <= 1
          ? `"${three.context.join(' ')}" never occurs in it, so neither does "${words}"`
          : undefined;
    if (!proof)
      return {
        pass: false,
        message: `Not yet: the page's tables leave out rare contexts, so they cannot tell whether "${words}" occurred once or never. Try a rarer pair of last words.`,
      };
    if (words === CHAPTER_EXAMPLE)
      return {
        pass: false,
        message: 'Not yet: that one is the chapter’s own example. Find three words of your own.',
      };
    return { pass: true, message: `Done: every word is in the corpus, yet ${proof}.` };
  },
} satisfies Record<string, FigureCheck>;
