// Task 'exploding': a linear RNN whose recurrent weight starts with spectral radius above 1, trained by plain SGD to add up its inputs; without clipping its gradient explodes and the run overflows.
import {
  tensor,
  rnnCell,
  glorotUniform,
  zeros,
  recurrentWeights,
  mul,
  sub,
  linear,
  mean,
  Rng,
  type Tensor,
  type TaskDefinition,
  type TrainingTask,
} from '../engine/index.ts';

// Pascanu et al. 2013, §3: when γ·σ_max(Whh) > 1 the factor (γ·σ_max)^T multiplies the gradient, one
// update throws the weights far away, and the next forward pass overflows. Clipping the global norm
// bounds every step to lr·maxNorm, so the same run stays finite.

export interface ExplodingConfig {
  /** Sequence length: the target is the sum of all `steps` inputs, scaled by 1/√steps. */
  steps: number;
  hidden: number;
  batch: number;
  /** Spectral radius of Whh at initialisation. */
  radius: number;
}

function build(c: ExplodingConfig, rng: Rng): TrainingTask {
  const { steps: T, hidden: H, batch: B } = c;
  if (!Number.isInteger(T) || T < 1) throw new Error(`exploding: steps must be a positive integer, got ${T}`);
  const p = {
    Wxh: glorotUniform(rng, H, 1),
    Whh: recurrentWeights(rng, H, c.radius, 'orthogonal'),
    b: zeros(1, H),
  };
  const Wy = glorotUniform(rng, 1, H);
  const by = zeros(1, 1);
  // The batch of step s depends only on the seed and s, so a step can be recomputed exactly (gradcheck).
  const dataSeed = rng.int(2 ** 31);
  const xs = Array.from({ length: T }, () => tensor(B, 1));
  const target = tensor(B, 1);
  return {
    params: { ...p, Wy, by },
    loss(step) {
      const data = new Rng(dataSeed + step);
      for (const x of xs) for (let r = 0; r < B; r++) x.data[r] = data.uniform(-1, 1);
      target.data.fill(0);
      for (const x of xs) for (let r = 0; r < B; r++) target.data[r] += x.data[r] / Math.sqrt(T);
      let h: Tensor = tensor(B, H);
      for (const x of xs) h = rnnCell(x, h, p, 'linear');
      const e = sub(linear(h, Wy, by), target); // [B, 1]
      return { loss: mean(mul(e, e)) };
    },
  };
}

export const explodingTask: TaskDefinition<ExplodingConfig> = {
  name: 'exploding',
  description: 'Sum `steps` inputs with a linear RNN started at spectral radius > 1 (exploding gradients).',
  defaults: { steps: 30, hidden: 16, batch: 16, radius: 1.1 },
  optimizer: { type: 'sgd', lr: 0.03 },
  create: build,
};
