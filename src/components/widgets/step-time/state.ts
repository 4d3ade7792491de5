// Settings of the step-time figure: how many timed batches of steps each cell's median is taken over.
import { defineSchema } from '../../figure/stateSchema.ts';
import { REPS } from './timingCells.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'step-time';

export const stepTimeSchema = defineSchema({
  reps: { kind: 'int', default: REPS, min: 3, max: 9 },
});

export type StepTimeSchema = typeof stepTimeSchema;
