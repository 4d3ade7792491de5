// Settings of the unroller: the sentence the network reads and how many of its words it has read so far.
import { defineSchema } from '../../figure/stateSchema.ts';
import { MAX_T } from '../../models/tinyRnn.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'unroller';

export const unrollerSchema = defineSchema({
  sentence: { kind: 'text', default: 'The cat sat on the mat', maxLength: 80 },
  step: { kind: 'int', default: 3, min: 0, max: MAX_T },
});

export type UnrollerSchema = typeof unrollerSchema;
