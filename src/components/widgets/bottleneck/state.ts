// Settings of the bottleneck figure: the task (dates or digit reversal), the context vector's size, the seed, and the date the reader types.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'bottleneck';

export const CONTEXT_SIZES = ['8', '16', '32', '64'] as const;

export const TASKS = ['dates', 'reverse'] as const;

export const bottleneckSchema = defineSchema({
  task: { kind: 'enum', default: 'dates' as (typeof TASKS)[number], options: TASKS },
  context: { kind: 'enum', default: '32' as (typeof CONTEXT_SIZES)[number], options: CONTEXT_SIZES },
  seed: { kind: 'int', default: 1, min: 1, max: 9 },
  text: { kind: 'text', default: 'Thursday, the 3rd of May, 1979', maxLength: 80 },
});

export type BottleneckSchema = typeof bottleneckSchema;
