// Settings of the attention figure: the kind of attention, the seed, the date the reader types and the decoding step shown.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'attention-lab';

export const ATTENTION_KINDS = ['additive', 'dot'] as const;

export const attentionLabSchema = defineSchema({
  kind: { kind: 'enum', default: 'additive' as (typeof ATTENTION_KINDS)[number], options: ATTENTION_KINDS },
  seed: { kind: 'int', default: 1, min: 1, max: 9 },
  text: { kind: 'text', default: 'Thursday, the 3rd of May, 1979', maxLength: 80 },
  /** 0: every output row; k: the k-th output character and where it looks. */
  step: { kind: 'int', default: 0, min: 0, max: 11 },
});

export type AttentionLabSchema = typeof attentionLabSchema;
