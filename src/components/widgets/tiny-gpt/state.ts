// Settings of the live tiny GPT: which text it learns (Brown or the reader's own), the seed, and how samples are drawn (temperature, top-k). Text and seed start a fresh run; temperature and top-k only resample.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'tiny-gpt';

export const SOURCES = ['brown', 'own'] as const;

export const tinyGptSchema = defineSchema({
  source: { kind: 'enum', default: 'brown' as (typeof SOURCES)[number], options: SOURCES },
  /** The reader's own text, used when source is 'own'; cut to keep a link usable. */
  own: { kind: 'text', default: '', maxLength: 4000 },
  seed: { kind: 'int', default: 1, min: 1, max: 9 },
  temperature: { kind: 'float', default: 0.8, min: 0.1, max: 2, digits: 1 },
  /** Sample among the k most likely characters (clamped to the text's alphabet). */
  topK: { kind: 'int', default: 10, min: 1, max: 60 },
  /** Text whose attention the heads panel shows: at most the model's context of 32 characters. */
  probe: { kind: 'text', default: 'the city said that the city had', maxLength: 32 },
  /** The layer and head the panel shows (1-based, as the reader counts). */
  layer: { kind: 'int', default: 1, min: 1, max: 2 },
  head: { kind: 'int', default: 1, min: 1, max: 4 },
});

export type TinyGptSchema = typeof tinyGptSchema;
