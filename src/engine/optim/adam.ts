// Adam (Kingma & Ba 2015), in its own module so AdamW (adamw.ts) can extend it and optimizer.ts can offer both.
import type { Tensor } from '../tensor.ts';
import type { Optimizer } from './optimizer.ts';

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
  protected readonly params: readonly Tensor[];
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
