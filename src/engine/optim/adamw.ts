// AdamW (Loshchilov & Hutter 2019): Adam with weight decay decoupled from the gradient, as in PyTorch's torch.optim.AdamW.
import type { Tensor } from '../tensor.ts';
import { Adam, type AdamOptions } from './adam.ts';

export interface AdamWOptions extends AdamOptions {
  /** λ in θ ← θ − lr·λ·θ, applied before the Adam step (default 0.01, PyTorch's). */
  weightDecay?: number;
}

/**
 * θ ← θ·(1 − lr·λ), then θ ← θ − lr · m̂ / (√v̂ + ε). In Adam with L2 regularisation the decay term
 * would pass through the 1/√v̂ scaling; decoupled, every weight shrinks at the same rate lr·λ
 * (Loshchilov & Hutter 2019, Algorithm 2). Every parameter given is decayed.
 */
export class AdamW extends Adam {
  readonly weightDecay: number;

  constructor(params: readonly Tensor[], options: AdamWOptions = {}) {
    super(params, options);
    this.weightDecay = options.weightDecay ?? 0.01;
  }

  /** Decay, then Adam's step: the same float64 operations as θ·(1 − lr·λ) − lr·m̂/(√v̂ + ε) in one expression. */
  override step(): void {
    const shrink = 1 - this.lr * this.weightDecay;
    for (const p of this.params) {
      if (p.grad === null) continue; // as Adam, a parameter with no gradient is left alone
      const d = p.data;
      for (let i = 0; i < d.length; i++) d[i] *= shrink;
    }
    super.step();
  }
}
