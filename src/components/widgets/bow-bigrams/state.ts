// Settings of the bigram figure: the two sentences, whether adjacent-pair features are counted, and the
// shuffle seed. Tokenisation is fixed (lowercase, punctuation dropped) so the figure is about bigrams only.
import { defineSchema } from '../../figure/stateSchema.ts';
import { MAX_SEED, MAX_TEXT } from '../../bagOfWords/limits.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'bow-bigrams';

export const bowBigramsSchema = defineSchema({
  a: { kind: 'text', default: 'Dog bites man', maxLength: MAX_TEXT },
  b: { kind: 'text', default: 'Man bites dog', maxLength: MAX_TEXT },
  bigrams: { kind: 'bool', default: true },
  shuffle: { kind: 'int', default: 0, min: 0, max: MAX_SEED },
});

export type BowBigramsSchema = typeof bowBigramsSchema;
