// Chapter 1's live checks on the bag-of-words figure (fid "bag-of-words").
import type { Comparison } from '../../bagOfWords/compare.ts';
import type { BagOfWordsModel } from '../../widgets/bag-of-words/model.ts';
import { PAIRS } from '../../widgets/bag-of-words/state.ts';
import type { CheckResult, FigureCheck } from './check.ts';

function comparison(model: unknown): Comparison | undefined {
  const c = (model as Partial<BagOfWordsModel> | undefined)?.comparison;
  return c && Array.isArray(c.sentences) && Array.isArray(c.vectors) ? c : undefined;
}

/** Words as a reader compares them: lowercase, letters and digits only. */
function plain(tokens: readonly string[]): string {
  return tokens
    .map((t) => t.toLowerCase().replace(/[^\p{L}\p{N}']/gu, ''))
    .filter((t) => t !== '')
    .join(' ');
}

/** The chapter's own pairs with cosine 1: the reader is asked for a new one. */
const CHAPTER_PAIRS = PAIRS.slice(0, 2).map(([a, b]) => [a, b].map((s) => plain(s.split(/\s+/))));

function isChapterPair(a: string, b: string): boolean {
  return CHAPTER_PAIRS.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

export const bagOfWordsChecks = {
  /** Two sentences with exactly the same word counts in a different order, not the chapter's pairs. */
  'bag-of-words.same-bag': (_state, model): CheckResult => {
    const c = comparison(model);
    if (!c) return { pass: false, message: 'The figure has not drawn its counts yet.' };
    const [a, b] = c.sentences;
    if (c.cosine.value === null)
      return { pass: false, message: 'Not yet: type a sentence into both fields.' };
    const [va, vb] = c.vectors;
    if (va.some((n, i) => n !== vb[i])) {
      const why =
        c.cosine.value > 1 - 1e-12
          ? 'the cosine is 1, but one sentence repeats the other’s words more often. Use each word exactly as often in both.'
          : 'the two bags differ. Use exactly the same words, each as often, in both sentences.';
      return { pass: false, message: `Not yet: ${why}` };
    }
    if (a.typed.join(' ') === b.typed.join(' '))
      return {
        pass: false,
        message:
          'Not yet: the two sentences are the same words in the same order. Reorder them so they say something else.',
      };
    if (isChapterPair(plain(a.typed), plain(b.typed)))
      return { pass: false, message: 'Not yet: that pair is the chapter’s own. Write a new one.' };
    return {
      pass: true,
      message: `Done: "${a.typed.join(' ')}" and "${b.typed.join(' ')}" have the same counts of the same ${va.length} words, so their cosine is exactly 1.`,
    };
  },
} satisfies Record<string, FigureCheck>;
