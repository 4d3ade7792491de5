// Settings of the next-word figure: the text typed so far and how many candidates each row lists.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'next-word';

export const MAX_K = 4;

export const nextWordSchema = defineSchema({
  /** Only the last MAX_K words are ever used; links keep the last 200 characters. */
  text: { kind: 'text', default: 'the united states of', maxLength: 200 },
  top: { kind: 'int', default: 5, min: 3, max: 8 },
});

export type NextWordSchema = typeof nextWordSchema;

export const EXAMPLES = [
  'the united states of',
  'it was the best of',
  'i would like to',
  'the cat sat on the',
];
