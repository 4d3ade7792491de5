// Settings of the context explorer: the context typed so far and how many next words each order lists.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'ngram-explorer';

/** The longest n-gram in the corpus table; the explorer shows every order from MAX_N down to 1. */
export const MAX_N = 5;

export const explorerSchema = defineSchema({
  /** Only the last MAX_N − 1 words are ever used; links keep the last 200 characters. */
  text: { kind: 'text', default: 'he was going to', maxLength: 200 },
  top: { kind: 'int', default: 4, min: 2, max: 8 },
});

export type ExplorerSchema = typeof explorerSchema;

export const EXAMPLES = ['he was going to', 'the united states of', 'i would like to', 'the cat', 'a cat'];
