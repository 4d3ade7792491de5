// Settings of the gradient highway: sequence length, hidden size, the keep-gate bias of the gated cells, the RNN's spectral radius and the shared seed.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'gate-highway';

export const gateHighwaySchema = defineSchema({
  steps: { kind: 'int', default: 50, min: 2, max: 200 },
  hidden: { kind: 'int', default: 32, min: 2, max: 64 },
  keepBias: { kind: 'float', default: 3, min: 0, max: 6, digits: 1 },
  radius: { kind: 'float', default: 0.9, min: 0.1, max: 1.5, digits: 2 },
  seed: { kind: 'int', default: 1, min: 1, max: 9 },
});

export type GateHighwaySchema = typeof gateHighwaySchema;
