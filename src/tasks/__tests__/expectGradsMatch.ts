// Test helper for the tasks: asserts a task's loss gradient matches central differences, through the engine's public gradcheck.
import { expect } from 'vitest';
import { gradcheck, type Tensor } from '../../engine/index.ts';

/** Asserts the tape's gradient of f matches central differences to `tolerance` relative error (1e-6 by default). */
export function expectGradsMatch(f: () => Tensor, params: Tensor[], tolerance = 1e-6): void {
  const r = gradcheck(f, params);
  expect(r.checked).toBeGreaterThan(0);
  expect(
    r.maxError,
    `worst at params[${r.param}][${r.index}]: analytic ${r.analytic}, numeric ${r.numeric}`,
  ).toBeLessThanOrEqual(tolerance);
}
