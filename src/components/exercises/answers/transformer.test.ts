// Chapter 8's computed answers agree with the prose's formulas and with the choices and figures their exercises name.
import { expect, test } from 'vitest';
import { defaults } from '../../figure/stateSchema.ts';
import { CONFIG } from '../../widgets/induction-heads/model.ts';
import { positionsOrderModel } from '../../widgets/positions-order/model.ts';
import { positionsOrderSchema } from '../../widgets/positions-order/state.ts';
import { brownChars } from '../../widgets/tiny-gpt/brownChars.ts';
import { resolveAnswer } from './index.ts';

test('exercise "block-params": the engine’s count of one block is 12d² + 13d at d = 48, as the chapter counts it', async () => {
  const d = 48;
  expect(await resolveAnswer('transformer.block-params-48', 'test')).toBe(12 * d * d + 13 * d);
});

test('exercise "head-scale": each of 4 heads of d = 48 divides by √12, not by √48', async () => {
  const scale = await resolveAnswer('transformer.head-scale-48-4', 'test');
  expect(scale).toBeCloseTo(Math.sqrt(12), 12);
  expect(Math.abs(scale - Math.sqrt(48)) / scale).toBeGreaterThan(0.01);
});

test('exercise "shuffle-sinusoidal": the "of order one" choice is right within the tolerance of 0.5, the rounding choice is not', async () => {
  const change = await resolveAnswer('transformer.shuffle-change-sinusoidal', 'test');
  expect(Math.abs(change - 1)).toBeLessThanOrEqual(0.5);
  expect(Math.abs(change - 1e-16)).toBeGreaterThan(0.5);
  // and without positions the same figure shows rounding only, as the wrong choice's feedback says
  const none = positionsOrderModel({ ...defaults(positionsOrderSchema), positions: 'none' });
  expect(none.maxChange).toBeLessThan(1e-12);
});

test('exercise "trigram-saving": the trigram saves something, but less than all of ln V', async () => {
  const saving = await resolveAnswer('transformer.trigram-saving', 'test');
  expect(saving).toBeGreaterThan(0);
  expect(saving).toBeLessThan(Math.log(new Set(brownChars()).size));
});

test('exercise "first-copy-floor": ln V of the vocabulary the induction figure trains on (its dashed line)', async () => {
  expect(await resolveAnswer('transformer.first-copy-floor', 'test')).toBeCloseTo(Math.log(CONFIG.vocab), 12);
});
