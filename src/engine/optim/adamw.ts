// AdamW (Loshchilov & Hutter 2019): Adam with weight decay decoupled from the gradient, as in PyTorch's torch.optim.AdamW.
import type { Tensor } from '../tensor.ts';
import type { AdamOptions, Optimizer } from './optimizer.ts';

export interface AdamWOptions extends AdamOptions {
  /** λ in θ ← θ − lr·λ·θ, applied before the Adam step (default 0.01, PyTorch's). */
  weightDecay?: number;
}

/**
 * θ ← θ·(1 − lr·λ), then θ ← θ − lr · m̂ / (√v̂ + ε). In Adam with L2 regularisation the decay term
 * would pass through the 1/√v̂ scaling; decoupled, every weight shrinks at the same rate lr·λ
 * (Loshchilov & Hutter 2019, Algorithm 2). Every parameter given is decayed.
 */
export class AdamW implements Optimizer {
  lr: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  readonly weightDecay: number;
  private readonly params: readonly Tensor[];
  private readonly m: Float64Array[];
  private readonly v: Float64Array[];
  private t = 0;

  constructor(params: readonly Tensor[], options: AdamWOptions = {}) {
    this.params = params;
    this.lr = options.lr ?? 1e-3;
    this.beta1 = options.beta1 ?? 0.9;
    this.beta2 = options.beta2 ?? 0.999;
    this.eps = options.eps ?? 1e-8;
    this.weightDecay = options.weightDecay ?? 0.01;
    this.m = params.map((p) => new Float64Array(p.size));
    this.v = params.map((p) => new Float64Array(p.size));
  }

  step(): void {
    this.t++;
    const { lr, beta1: b1, beta2: b2, eps } = this;
    const c1 = 1 - b1 ** this.t;
    const c2 = 1 - b2 ** this.t;
    const shrink = 1 - lr * this.weightDecay;
    this.params.forEach((p, k) => {
      const g = p.grad;
      if (g === null) return;
      const d = p.data;
      const m = this.m[k];
      const v = this.v[k];
      for (let i = 0; i < d.length; i++) {
        m[i] = b1 * m[i] + (1 - b1) * g[i];
        v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
        d[i] = d[i] * shrink - (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + eps);
      }
    });
  }

  zeroGrad(): void {
    for (const p of this.params) p.zeroGrad();
  }
}
