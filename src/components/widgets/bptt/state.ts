// Settings of the BPTT figure: the sentence, and how many steps the backward pass has gone back from the last word.
import { defineSchema } from '../../figure/stateSchema.ts';
import { MAX_T } from '../../models/tinyRnn.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'bptt';

export const bpttSchema = defineSchema({
  sentence: { kind: 'text', default: 'The cat sat on the mat', maxLength: 80 },
  back: { kind: 'int', default: 2, min: 0, max: MAX_T },
});

export type BpttSchema = typeof bpttSchema;
