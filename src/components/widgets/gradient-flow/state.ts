// Settings of the gradient-through-time figure: the recurrent weight's spectral radius, the activation, the sequence length, the hidden size and how Whh is drawn.
import { defineSchema } from '../../figure/stateSchema.ts';

/** The name its figure mounts and registers the widget under: written once, used by both. */
export const widgetName = 'gradient-flow';

type Act = 'tanh' | 'relu' | 'linear' | 'sigmoid';
type Init = 'orthogonal' | 'normal';

export const gradientFlowSchema = defineSchema({
  radius: { kind: 'float', default: 0.9, min: 0.1, max: 3, digits: 2 },
  act: { kind: 'enum', default: 'tanh' as Act, options: ['tanh', 'relu', 'linear', 'sigmoid'] as const },
  steps: { kind: 'int', default: 100, min: 2, max: 200 },
  hidden: { kind: 'int', default: 32, min: 2, max: 64 },
  init: { kind: 'enum', default: 'orthogonal' as Init, options: ['orthogonal', 'normal'] as const },
  seed: { kind: 'int', default: 1, min: 1, max: 9 },
});

export type GradientFlowSchema = typeof gradientFlowSchema;
