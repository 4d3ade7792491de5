// Settings of the sparsity figure: whether unseen held-out n-grams are counted as running text (every window)
// or as distinct n-grams (each counted once).
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'ngram-sparsity';

export const sparsitySchema = defineSchema({
  count: { kind: 'enum', default: 'windows', options: ['windows', 'distinct'] as const },
});

export type SparsitySchema = typeof sparsitySchema;

export const COUNT_LABEL: Record<string, string> = {
  windows: 'every n-gram of running text',
  distinct: 'each distinct n-gram once',
};
