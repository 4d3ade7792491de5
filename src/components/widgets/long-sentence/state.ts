// Settings of the long-sentence figure: the recurrent weight's spectral radius and the seed of the random, untrained network.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'long-sentence';

export const longSentenceSchema = defineSchema({
  radius: { kind: 'float', default: 1, min: 0.5, max: 1.5, digits: 2 },
  seed: { kind: 'int', default: 1, min: 1, max: 9 },
});

export type LongSentenceSchema = typeof longSentenceSchema;

export const SENTENCE =
  'The student , who had studied hard for the exam all week despite the noise from the party next door , finally'.split(
    ' ',
  );
