// The optimiser interface, SGD with momentum and Adam; each updates its parameters in place from their gradients.
import type { Tensor } from '../tensor.ts';
import { AdamW, type AdamWOptions } from './adamw.ts';
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

export interface AdamOptions {
  lr?: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
}

/**
 * Adam (Kingma & Ba 2015): per-parameter steps from bias-corrected running means of g and g²,
 * θ ← θ − lr · m̂ / (√v̂ + ε).
 */
export class Adam implements Optimizer {
  lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  private readonly params: readonly Tensor[];
  private readonly m: Float64Array[];
  private readonly v: Float64Array[];
  private t = 0;

  constructor(params: readonly Tensor[], options: AdamOptions = {}) {
    this.params = params;
    this.lr = options.lr ?? 1e-3;
    this.beta1 = options.beta1 ?? 0.9;
    this.beta2 = options.beta2 ?? 0.999;
    this.eps = options.eps ?? 1e-8;
    this.m = params.map((p) => new Float64Array(p.size));
    this.v = params.map((p) => new Float64Array(p.size));
  }

  step(): void {
    this.t++;
    const { lr, beta1: b1, beta2: b2, eps } = this;
    const c1 = 1 - b1 ** this.t;
    const c2 = 1 - b2 ** this.t;
    this.params.forEach((p, k) => {
      const g = p.grad;
      if (g === null) return;
      const d = p.data;
      const m = this.m[k];
      const v = this.v[k];
      for (let i = 0; i < d.length; i++) {
        m[i] = b1 * m[i] + (1 - b1) * g[i];
        v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
        d[i] -= (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
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
