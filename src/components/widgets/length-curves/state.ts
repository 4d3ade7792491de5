// Settings of the length-curves figure: the task (dates or digit reversal), the seed every model trains from, and the accuracy measure drawn.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'length-curves';

export const lengthCurvesSchema = defineSchema({
  task: { kind: 'enum', default: 'dates' as 'dates' | 'reverse', options: ['dates', 'reverse'] as const },
  seed: { kind: 'int', default: 1, min: 1, max: 9 },
  measure: { kind: 'enum', default: 'exact' as 'exact' | 'char', options: ['exact', 'char'] as const },
});

export type LengthCurvesSchema = typeof lengthCurvesSchema;
