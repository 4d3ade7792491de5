// Settings of an engine-example figure: whether the reader has asked to run it in the page.
import { defineSchema } from '../../figure/stateSchema.ts';

export const exampleSchema = defineSchema({
  run: { kind: 'bool', default: false },
});

export type ExampleSchema = typeof exampleSchema;

/** The name each example's figure mounts and registers its widget under: written once, used by both. */
export function exampleWidgetName(example: string): string {
  return `engine-example-${example}`;
}
