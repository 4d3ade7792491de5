// Chapter 4's computed answers: the bound of Pascanu et al. (eq. bound) as the gradient-through-time
// figure computes it, for the settings the questions state.
import { GAMMA, gradientFlow } from '../../models/gradientFlow.ts';
import type { AnswerProvider } from './provider.ts';

/** The first exercise's network: tanh, an orthogonal W_hh scaled to ρ = 0.8, T = 50. */
export const BOUND_SETTINGS = {
  radius: 0.8,
  act: 'tanh',
  T: 50,
  hidden: 32,
  init: 'orthogonal',
  seed: 1,
} as const;

export const vanishingGradientsAnswers = {
  /** (γ·σ_max)^(T−1): the most of the gradient from step T = 50 that the bound lets reach step 1. */
  'vanishing-gradients.bound-share': () => gradientFlow(BOUND_SETTINGS).bound[0],
  /** With a sigmoid, the bound allows growth only once γ·σ_max > 1, i.e. σ_max > 1/γ. */
  'vanishing-gradients.sigmoid-sigma': () => 1 / GAMMA.sigmoid,
} satisfies Record<string, AnswerProvider>;
