// Test helper: a registry with one task that diverges for sure, to exercise the trainer's divergence handling.
import { mul, param, sum, TaskRegistry } from '../../engine/index.ts';

/** A task whose loss w² grows ×81 per SGD step with lr 5 (w ← w − 10w), overflowing in about 160 steps. */
export function explodingRegistry(): TaskRegistry {
  const registry = new TaskRegistry();
  registry.register({
    name: 'explode',
    description: 'w² under SGD with a learning rate far too large',
    defaults: { start: 1 },
    optimizer: { type: 'sgd', lr: 5 },
    create(config) {
      const w = param(1, 1, [config.start]);
      return { params: { w }, loss: () => ({ loss: sum(mul(w, w)) }) };
    },
  });
  return registry;
}
