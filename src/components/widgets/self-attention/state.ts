// Settings of the self-attention preview: the sentence, the key size d, √d scaling on or off, the temperature, and the token whose row is read out.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'self-attention';

export const D_SIZES = ['4', '16', '64'] as const;

export const selfAttentionSchema = defineSchema({
  text: { kind: 'text', default: 'the animal did not cross the street because it was tired', maxLength: 120 },
  d: { kind: 'enum', default: '16' as (typeof D_SIZES)[number], options: D_SIZES },
  scaled: { kind: 'bool', default: true },
  temperature: { kind: 'float', default: 1, min: 0.2, max: 5, digits: 1 },
  query: { kind: 'int', default: 8, min: 0, max: 11 },
});

export type SelfAttentionSchema = typeof selfAttentionSchema;
