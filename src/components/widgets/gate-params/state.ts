// Settings of the parameter-count figure: the input size D and the number of units H the reader chooses.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'gate-params';

/** Up to 256 each: the counts come from allocating the real tensors, 4·256·512 numbers at most. */
export const gateParamsSchema = defineSchema({
  inputs: { kind: 'int', default: 10, min: 1, max: 256 },
  units: { kind: 'int', default: 20, min: 1, max: 256 },
});

export type GateParamsSchema = typeof gateParamsSchema;
