// Settings of the race: the lag T the three cells must bridge and the seed they share.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'gate-race';

export const gateRaceSchema = defineSchema({
  lag: { kind: 'int', default: 50, min: 5, max: 100 },
  seed: { kind: 'int', default: 1, min: 1, max: 9 },
});

export type GateRaceSchema = typeof gateRaceSchema;
