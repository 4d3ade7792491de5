// Settings of the live induction-heads figure: the seed of the run, and which head's attention is drawn. The seed starts a fresh run; the head only redraws.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'induction-heads';

export const inductionHeadsSchema = defineSchema({
  seed: { kind: 'int', default: 1, min: 1, max: 9 },
  /** The layer and head drawn (1-based, as the reader counts); the task's model has 2 of each. */
  layer: { kind: 'int', default: 2, min: 1, max: 2 },
  head: { kind: 'int', default: 1, min: 1, max: 2 },
});

export type InductionHeadsSchema = typeof inductionHeadsSchema;
