// Settings of the gate inspector: the step shown, the unit whose equations are written out, and the gate overrides with the step they start at.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'gate-inspector';

export const gateInspectorSchema = defineSchema({
  t: { kind: 'int', default: 1, min: 1, max: 12 },
  unit: { kind: 'int', default: 1, min: 1, max: 6 },
  pinF: { kind: 'bool', default: false },
  pinI: { kind: 'bool', default: false },
  pinFrom: { kind: 'int', default: 5, min: 2, max: 12 },
  seed: { kind: 'int', default: 1, min: 1, max: 9 },
});

export type GateInspectorSchema = typeof gateInspectorSchema;
