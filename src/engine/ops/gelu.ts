// GELU (Hendrycks & Gimpel 2016) in the tanh approximation GPT-2 uses, fused, and the same from primitive ops.
import { result } from '../tape.ts';
import type { Tensor } from '../tensor.ts';
import { tanh } from './activations.ts';
import { add, mul, scale } from './elementwise.ts';
import { tensor } from '../create.ts';

// gelu(x) ≈ ½ x (1 + tanh(√(2/π) (x + 0.044715 x³))), the form in GPT-2's code (Radford et al. 2019)
// and PyTorch's approximate='tanh'. It differs from the exact x·Φ(x) by less than 1e-3 everywhere.
const K = Math.sqrt(2 / Math.PI);
const A = 0.044715;

/** GELU of every element (tanh approximation). */
export function gelu(x: Tensor): Tensor {
  const y = result('gelu', x.rows, x.cols, [x], geluBackward);
  const xd = x.data;
  const yd = y.data;
  for (let i = 0; i < yd.length; i++) {
    const v = xd[i];
    yd[i] = 0.5 * v * (1 + Math.tanh(K * (v + A * v * v * v)));
  }
  return y;
}

// d/dx = ½ (1 + t) + ½ x (1 − t²) · √(2/π) (1 + 3·0.044715 x²), with t = tanh(√(2/π)(x + 0.044715 x³)).
function geluBackward(y: Tensor): void {
  const x = y.inputs[0];
  const gx = x.grad;
  if (gx === null) return;
  const gy = y.grad as Float64Array;
  const xd = x.data;
  for (let i = 0; i < gy.length; i++) {
    const v = xd[i];
    const t = Math.tanh(K * (v + A * v * v * v));
    gx[i] += gy[i] * (0.5 * (1 + t) + 0.5 * v * (1 - t * t) * K * (1 + 3 * A * v * v));
  }
}

/** The same function from primitive ops: mul, scale, add and tanh. */
export function geluComposed(x: Tensor): Tensor {
  const inner = scale(add(x, scale(mul(mul(x, x), x), A)), K);
  return mul(scale(x, 0.5), add(tanh(inner), tensor(1, 1, [1])));
}
