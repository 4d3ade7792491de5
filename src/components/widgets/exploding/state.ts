// Settings of the exploding-gradient run: clipping on or off, the clipping threshold, the learning rate and the seed.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'exploding';

export const explodingSchema = defineSchema({
  clip: { kind: 'bool', default: false },
  maxNorm: { kind: 'float', default: 1, min: 0.1, max: 10, digits: 1 },
  lr: { kind: 'float', default: 0.03, min: 0.005, max: 0.1, digits: 3 },
  seed: { kind: 'int', default: 1, min: 1, max: 9 },
});

export type ExplodingSchema = typeof explodingSchema;
