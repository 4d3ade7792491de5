// The live check of Chapter 4's "keep the gradient alive at T = 30" task, against the figure's real model.
import { expect, test } from 'vitest';
import { defaults } from '../../figure/stateSchema.ts';
import { gradientFlowModel } from '../../widgets/gradient-flow/model.ts';
import { gradientFlowSchema } from '../../widgets/gradient-flow/state.ts';
import { figureChecks } from './index.ts';

const check = figureChecks['vanishing-gradients.keep-alive'];
const d = defaults(gradientFlowSchema);
const run = (change: Partial<typeof d>) => {
  const state = { ...d, ...change };
  return check(state, gradientFlowModel(state));
};

test('the figure’s defaults fail: T is 100', () => {
  expect(run({}).message).toContain('the length T is 100. Set it to 30 first.');
});

test('at T = 30, tanh at radius 0.9 vanishes and fails with the share', () => {
  expect(run({ steps: 30 })).toMatchObject({
    pass: false,
    message: expect.stringMatching(/only 4\.6 × 10⁻⁶ .* below 10⁻³/),
  });
});

test('the sigmoid cannot do it, even at radius 3', () => {
  expect(run({ steps: 30, act: 'sigmoid', radius: 3 }).pass).toBe(false);
});

test('a linear network at radius 1.5 explodes and fails', () => {
  expect(run({ steps: 30, act: 'linear', radius: 1.5 }).message).toContain('it has exploded');
});

test('tanh at radius 1.2 and the identity at radius 1 pass', () => {
  expect(run({ steps: 30, radius: 1.2 })).toMatchObject({
    pass: true,
    message: expect.stringContaining('Done: at T = 30, 1.9 × 10⁻³ of'),
  });
  expect(run({ steps: 30, act: 'linear', radius: 1 }).pass).toBe(true);
});

test('a model that has not drawn yet fails politely', () => {
  expect(check({}, undefined).pass).toBe(false);
});
