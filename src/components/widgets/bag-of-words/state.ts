// Settings of the bag-of-words figure: the two sentences, how they are tokenised, and the shuffle seed.
import type { PunctuationMode } from '../../../lib/text/tokenize.ts';
import { MAX_SEED, MAX_TEXT } from '../../bagOfWords/limits.ts';
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'bag-of-words';

export const bagOfWordsSchema = defineSchema({
  a: { kind: 'text', default: 'Dog bites man', maxLength: MAX_TEXT },
  b: { kind: 'text', default: 'Man bites dog', maxLength: MAX_TEXT },
  lowercase: { kind: 'bool', default: true },
  punctuation: { kind: 'enum', default: 'drop' as PunctuationMode, options: ['drop', 'split'] as const },
  shuffle: { kind: 'int', default: 0, min: 0, max: MAX_SEED },
});

export type BagOfWordsSchema = typeof bagOfWordsSchema;

/** Sentence pairs the figure offers as buttons: same words in another order, and two different topics. */
export const PAIRS: readonly (readonly [string, string])[] = [
  ['Dog bites man', 'Man bites dog'],
  ['This film was not good, it was bad.', 'This film was not bad, it was good.'],
  ['The striker scored a late goal', 'The central bank raised interest rates'],
];
