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

/**
 * Each task's own starting text. Switching tasks puts it in the box: a date left in the digit box was read
 * as "317" and reversed without a word. A text that is the other task's default counts as untouched, so a
 * link that sets only the task gets this task's text too.
 */
export const TASK_TEXT: Record<(typeof TASKS)[number], string> = {
  dates: bottleneckSchema.text.default,
  reverse: '01234567',
};

/** The text the figure reads: the reader's own, or the task's default if the box still holds another task's. */
export function taskText(task: (typeof TASKS)[number], text: string): string {
  const untouched = Object.values(TASK_TEXT).includes(text);
  return untouched ? TASK_TEXT[task] : text;
}
