// Test helper for the shard contract: k shards' losses and gradients sum to the full batch's.
import { expect } from 'vitest';
import { Rng, Tape, type TaskDefinition, type Tensor } from '../../engine/index.ts';

function lossAndGrads(
  loss: () => { loss: Tensor; accuracy?: number },
  params: Tensor[],
): { loss: number; accuracy: number | undefined; grads: Float64Array[] } {
  const tape = new Tape();
  for (const p of params) p.grad?.fill(0);
  const out = tape.run(loss);
  tape.backward(out.loss);
  return {
    loss: out.loss.item(),
    accuracy: out.accuracy,
    grads: params.map((p) => (p.grad ?? new Float64Array(p.data.length)).slice()),
  };
}

/**
 * Builds the task twice from one seed and checks, at `step`, that for every k in `counts` the k shards'
 * losses, accuracies and gradients sum to the whole batch's to `tolerance` (relative to the largest value).
 */
export function expectShardsSum<C extends object>(
  def: TaskDefinition<C>,
  config: C,
  counts: number[],
  step = 3,
  tolerance = 1e-12,
): void {
  expect(def.shards).toBe(true);
  const task = def.create(config, new Rng(7));
  const params = Object.values(task.params);
  const full = lossAndGrads(() => task.loss(step), params);
  for (const count of counts) {
    let loss = 0;
    let accuracy: number | undefined = full.accuracy === undefined ? undefined : 0;
    const grads = full.grads.map((g) => new Float64Array(g.length));
    for (let index = 0; index < count; index++) {
      const part = lossAndGrads(() => task.loss(step, { index, count }), params);
      loss += part.loss;
      if (accuracy !== undefined) accuracy += part.accuracy ?? Number.NaN;
      part.grads.forEach((g, i) => {
        for (let j = 0; j < g.length; j++) grads[i][j] += g[j];
      });
    }
    expect(Math.abs(loss - full.loss), `loss, ${count} shards`).toBeLessThanOrEqual(tolerance * full.loss);
    if (accuracy !== undefined) expect(accuracy).toBeCloseTo(full.accuracy ?? Number.NaN, 12);
    let scale = 0;
    for (const g of full.grads) for (const v of g) scale = Math.max(scale, Math.abs(v));
    let worst = 0;
    grads.forEach((g, i) => {
      for (let j = 0; j < g.length; j++) worst = Math.max(worst, Math.abs(g[j] - full.grads[i][j]));
    });
    expect(worst / scale, `gradients, ${count} shards`).toBeLessThanOrEqual(tolerance);
  }
  // the full batch again after the shards: a shard leaves the task's own batch as it found it
  expect(lossAndGrads(() => task.loss(step), params).loss).toBe(full.loss);
}
