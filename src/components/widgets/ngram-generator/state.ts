// Settings of the generator: the longest n-gram to sample from, the temperature, and the seed that makes a
// sample reproducible from its link.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'ngram-generator';

export const generatorSchema = defineSchema({
  order: { kind: 'int', default: 3, min: 1, max: 5 },
  /** Counts are raised to 1/temperature before sampling; 0 always takes the most frequent word. */
  temperature: { kind: 'float', default: 1, min: 0, max: 2, digits: 1 },
  /** "New sample" adds one, so every sample the reader saw has a link. */
  seed: { kind: 'int', default: 1, min: 1, max: 99_999 },
});

export type GeneratorSchema = typeof generatorSchema;

/** Tokens per sample, sentence ends included: a paragraph, short enough to read at a glance. */
export const SAMPLE_TOKENS = 60;
