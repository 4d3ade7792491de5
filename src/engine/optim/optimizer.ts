// The optimiser interface, SGD with momentum and Adam; each updates its parameters in place from their gradients.
import type { Tensor } from '../tensor.ts';
import { Adam, type AdamOptions } from './adam.ts';
import { AdamW, type AdamWOptions } from './adamw.ts';

export { Adam, type AdamOptions };
import { type LrSchedule, ScheduledOptimizer } from './schedule.ts';

export interface Optimizer {
  /** Learning rate; may be changed between steps (a slider, a schedule). */
  lr: number;
  /** Updates every parameter from its current gradient. */
  step(): void;
  /** Sets every parameter's gradient to zero. */
  zeroGrad(): void;
}

export interface SgdOptions {
  lr: number;
  /** Heavy-ball momentum μ in v ← μ·v + g, θ ← θ − lr·v (0 = plain SGD). */
  momentum?: number;
  /** Nesterov's variant: θ ← θ − lr·(g + μ·v). */
  nesterov?: boolean;
}

/** Stochastic gradient descent with optional (Nesterov) momentum, in PyTorch's formulation. */
export class SGD implements Optimizer {
  lr: number;
  readonly momentum: number;
  readonly nesterov: boolean;
  private readonly params: readonly Tensor[];
  private readonly velocity: Float64Array[];

  constructor(params: readonly Tensor[], options: SgdOptions) {
    this.params = params;
    this.lr = options.lr;
    this.momentum = options.momentum ?? 0;
    this.nesterov = options.nesterov === true;
    this.velocity = params.map((p) => new Float64Array(p.size));
  }

  step(): void {
    const { lr, momentum: mu, nesterov } = this;
    this.params.forEach((p, k) => {
      const g = p.grad;
      if (g === null) return;
      const d = p.data;
      const v = this.velocity[k];
      for (let i = 0; i < d.length; i++) {
        v[i] = mu * v[i] + g[i];
        d[i] -= lr * (nesterov ? g[i] + mu * v[i] : v[i]);
      }
    });
  }

  zeroGrad(): void {
    for (const p of this.params) p.zeroGrad();
  }
}

/**
 * An optimiser described as plain data (so it can cross a worker boundary or sit in a URL), with an
 * optional learning-rate schedule applied at each step.
 */
export type OptimizerSpec = (
  | ({ type: 'sgd' } & SgdOptions)
  | ({ type: 'adam' } & AdamOptions)
  | ({ type: 'adamw' } & AdamWOptions)
) & { schedule?: LrSchedule };

export function createOptimizer(params: readonly Tensor[], spec: OptimizerSpec): Optimizer {
  const inner =
    spec.type === 'sgd'
      ? new SGD(params, spec)
      : spec.type === 'adamw'
        ? new AdamW(params, spec)
        : new Adam(params, spec);
  return spec.schedule === undefined ? inner : new ScheduledOptimizer(inner, spec.schedule);
}
