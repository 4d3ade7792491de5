// Settings of the live char-RNN: learning rate, hidden size, seed and the cores to train on. Any change starts a fresh, seeded run.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'char-rnn';

export const charRnnSchema = defineSchema({
  lr: { kind: 'float', default: 0.002, min: 0.001, max: 0.05, digits: 3 },
  hidden: { kind: 'int', default: 32, min: 4, max: 64 },
  seed: { kind: 'int', default: 1, min: 1, max: 9 },
  /**
   * Workers to split each batch over (data parallel); the page uses at most all its cores but one. One by
   * default: at this size a step is mostly per-op overhead, which splitting the batch does not shrink.
   */
  workers: { kind: 'int', default: 1, min: 1, max: 4 },
});

export type CharRnnSchema = typeof charRnnSchema;
