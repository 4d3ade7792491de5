// Settings of the live char-RNN: learning rate, hidden size and seed. Any change starts a fresh, seeded run.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'char-rnn';

export const charRnnSchema = defineSchema({
  lr: { kind: 'float', default: 0.002, min: 0.001, max: 0.05, digits: 3 },
  hidden: { kind: 'int', default: 32, min: 4, max: 64 },
  seed: { kind: 'int', default: 1, min: 1, max: 9 },
});

export type CharRnnSchema = typeof charRnnSchema;
