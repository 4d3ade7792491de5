// Test helper: runs a fused cell and its composed twin on the same inputs and compares values and every gradient.
import { expect } from 'vitest';
import { Tape } from '../tape.ts';
import type { Tensor } from '../tensor.ts';
import { expectArrayClose } from './helpers.ts';

/**
 * Builds loss = step(fused) and loss = step(composed) on fresh tapes, then asserts both losses, all the
 * returned outputs and the gradients of every leaf in `leaves` agree to `tol`.
 */
export function expectFusedMatchesComposed(
  run: (fused: boolean) => { loss: Tensor; outputs: Tensor[] },
  leaves: Tensor[],
  tol = 1e-12,
): void {
  const results = [true, false].map((fused) => {
    for (const p of leaves) p.zeroGrad();
    const tape = new Tape();
    const { loss, outputs } = tape.run(() => run(fused));
    tape.backward(loss);
    return {
      loss: loss.item(),
      outputs: outputs.map((o) => Array.from(o.data)),
      outputGrads: outputs.map((o) => Array.from(o.grad ?? [])),
      grads: leaves.map((p) => Array.from(p.grad as Float64Array)),
    };
  });
  const [f, c] = results;
  expect(f.loss).toBeCloseTo(c.loss, 12);
  for (let i = 0; i < f.outputs.length; i++) {
    expectArrayClose(f.outputs[i], c.outputs[i], tol);
    expectArrayClose(f.outputGrads[i], c.outputGrads[i], tol);
  }
  for (let i = 0; i < f.grads.length; i++) expectArrayClose(f.grads[i], c.grads[i], tol);
  expect(f.grads.some((g) => g.some((v) => v !== 0))).toBe(true);
}
