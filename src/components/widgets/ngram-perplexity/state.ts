// Settings of the evaluation figure: which add-k to show, one k from the corpus build's grid or the best k per n.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'ngram-perplexity';

export const perplexitySchema = defineSchema({
  /** 'best' picks, for each n, the k with the lowest held-out perplexity (which flatters add-k). */
  k: {
    kind: 'enum',
    default: '1',
    options: ['1', '0.5', '0.1', '0.05', '0.01', '0.005', '0.001', '0.0005', '0.0001', 'best'] as const,
  },
});

export type PerplexitySchema = typeof perplexitySchema;
