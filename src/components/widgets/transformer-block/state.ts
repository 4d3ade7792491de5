// Settings of "the block" figure: the text read (characters), and the sizes whose parameters are counted.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'transformer-block';

export const WIDTHS = ['16', '32', '48', '64', '128', '256'] as const;
export const HEAD_COUNTS = ['1', '2', '4', '8'] as const;

export const transformerBlockSchema = defineSchema({
  text: { kind: 'text', default: 'the cat sat on the mat', maxLength: 32 },
  d: { kind: 'enum', default: '48' as (typeof WIDTHS)[number], options: WIDTHS },
  heads: { kind: 'enum', default: '4' as (typeof HEAD_COUNTS)[number], options: HEAD_COUNTS },
  layers: { kind: 'int', default: 2, min: 1, max: 12 },
});

export type TransformerBlockSchema = typeof transformerBlockSchema;
