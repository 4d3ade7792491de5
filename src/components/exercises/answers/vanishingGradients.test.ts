// Chapter 4's computed answers, and the claims its exercise feedback and reveal make, checked against the
// gradient-through-time figure's model.
import { expect, test } from 'vitest';
import { gradientFlow } from '../../models/gradientFlow.ts';
import { resolveAnswer } from './index.ts';
import { BOUND_SETTINGS } from './vanishingGradients.ts';

test('exercise "bound-share": 0.8^49, and the measured share is below it', async () => {
  const bound = await resolveAnswer('vanishing-gradients.bound-share', 'test');
  expect(bound).toBeCloseTo(0.8 ** 49, 12);
  const m = gradientFlow(BOUND_SETTINGS);
  expect(m.first as number).toBeLessThan(bound);
});

test('exercise "sigmoid-sigma": 1 / γ = 4 for the sigmoid', async () => {
  expect(await resolveAnswer('vanishing-gradients.sigmoid-sigma', 'test')).toBe(4);
  // The largest slope of the sigmoid, σ(1 − σ), is 1/4, at z = 0.
  const slope = (z: number) => {
    const s = 1 / (1 + Math.exp(-z));
    return s * (1 - s);
  };
  expect(slope(0)).toBe(0.25);
  for (const z of [-3, -0.5, 0.1, 2]) expect(slope(z)).toBeLessThan(0.25);
});

test('exercise "predict-tanh-radius": at radius 1.2, T = 100, the bound allows explosion, the measurement vanishes', () => {
  const m = gradientFlow({ ...BOUND_SETTINGS, radius: 1.2, T: 100 });
  expect(m.bound[0]).toBeGreaterThan(1e7);
  expect(m.first as number).toBeLessThan(1e-8);
  expect(m.regime).toBe('vanishing');
  // "Only near radius 2 does the stretch win."
  expect(gradientFlow({ ...BOUND_SETTINGS, radius: 2, T: 100 }).first as number).toBeGreaterThan(1);
});
