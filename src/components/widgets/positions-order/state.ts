// Settings of the "order, again" figure: the sentence, which shuffle of it, and the positional signal added before attention.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'positions-order';

export const POSITION_KINDS = ['none', 'sinusoidal', 'learned'] as const;

export const positionsOrderSchema = defineSchema({
  text: { kind: 'text', default: 'the dog bit the man', maxLength: 120 },
  /** 0: the words as typed; k: the k-th seeded shuffle. */
  shuffle: { kind: 'int', default: 1, min: 0, max: 9 },
  positions: {
    kind: 'enum',
    default: 'none' as (typeof POSITION_KINDS)[number],
    options: POSITION_KINDS,
  },
});

export type PositionsOrderSchema = typeof positionsOrderSchema;
