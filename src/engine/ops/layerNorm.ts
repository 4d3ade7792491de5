// Layer normalisation (Ba, Kiros & Hinton 2016) over each row: fused op with a hand-written backward, and the same from primitive ops.
import { shapeError } from '../errors.ts';
import { result, saved } from '../tape.ts';
import type { Tensor } from '../tensor.ts';
import { exp, log } from './activations.ts';
import { add, mul, scale, sub } from './elementwise.ts';
import { mean } from './reduce.ts';
import { tensor } from '../create.ts';

//   μ = mean_j x_j,  σ² = mean_j (x_j − μ)²,  x̂_j = (x_j − μ) / √(σ² + ε),  y_j = γ_j x̂_j + β_j

function checkShapes(op: string, x: Tensor, gamma: Tensor, beta: Tensor, eps: number): void {
  if (gamma.rows !== 1 || gamma.cols !== x.cols)
    throw shapeError(op, gamma, x, `gamma must be [1,${x.cols}], one gain per feature`);
  if (beta.rows !== 1 || beta.cols !== x.cols)
    throw shapeError(op, beta, x, `beta must be [1,${x.cols}], one shift per feature`);
  if (!(eps > 0)) throw new Error(`${op}: eps must be a positive number, got ${eps}`);
}

/** x: [N, d] normalised per row, then scaled by gamma: [1, d] and shifted by beta: [1, d]. */
export function layerNorm(x: Tensor, gamma: Tensor, beta: Tensor, eps = 1e-5): Tensor {
  checkShapes('layerNorm', x, gamma, beta, eps);
  const { rows: N, cols: d } = x;
  const y = result('layerNorm', N, d, [x, gamma, beta], layerNormBackward);
  // saved: [N, d + 1]: x̂ per row, then 1/√(σ² + ε) in the last column.
  const keep = saved(N, d + 1);
  const s = keep.data;
  const xd = x.data;
  const yd = y.data;
  const g = gamma.data;
  const b = beta.data;
  for (let r = 0; r < N; r++) {
    const o = r * d;
    let mu = 0;
    for (let j = 0; j < d; j++) mu += xd[o + j];
    mu /= d;
    let v = 0;
    for (let j = 0; j < d; j++) v += (xd[o + j] - mu) ** 2;
    const inv = 1 / Math.sqrt(v / d + eps);
    const so = r * (d + 1);
    s[so + d] = inv;
    for (let j = 0; j < d; j++) {
      const xh = (xd[o + j] - mu) * inv;
      s[so + j] = xh;
      yd[o + j] = g[j] * xh + b[j];
    }
  }
  y.saved = keep;
  return y;
}

// With ĝ = γ ⊙ ∂L/∂y per row: ∂L/∂x = (1/√(σ²+ε)) · (ĝ − mean(ĝ) − x̂ · mean(ĝ ⊙ x̂));
// ∂L/∂γ = Σ_rows ∂L/∂y ⊙ x̂, ∂L/∂β = Σ_rows ∂L/∂y.
function layerNormBackward(y: Tensor): void {
  const [x, gamma, beta] = y.inputs;
  const { rows: N, cols: d } = y;
  const gy = y.grad as Float64Array;
  const s = (y.saved as Tensor).data;
  const g = gamma.data;
  const gx = x.grad;
  const gg = gamma.grad;
  const gb = beta.grad;
  for (let r = 0; r < N; r++) {
    const o = r * d;
    const so = r * (d + 1);
    if (gg !== null) for (let j = 0; j < d; j++) gg[j] += gy[o + j] * s[so + j];
    if (gb !== null) for (let j = 0; j < d; j++) gb[j] += gy[o + j];
    if (gx === null) continue;
    let m1 = 0;
    let m2 = 0;
    for (let j = 0; j < d; j++) {
      const gh = g[j] * gy[o + j];
      m1 += gh;
      m2 += gh * s[so + j];
    }
    m1 /= d;
    m2 /= d;
    const inv = s[so + d];
    for (let j = 0; j < d; j++) gx[o + j] += inv * (g[j] * gy[o + j] - m1 - s[so + j] * m2);
  }
}

/** The same normalisation from primitive ops (mean, sub, mul, log, exp): 1/√v is written exp(−½ log v). */
export function layerNormComposed(x: Tensor, gamma: Tensor, beta: Tensor, eps = 1e-5): Tensor {
  checkShapes('layerNormComposed', x, gamma, beta, eps);
  const xc = sub(x, mean(x, 1)); // [N, d]
  const variance = mean(mul(xc, xc), 1); // [N, 1]
  const inv = exp(scale(log(add(variance, tensor(1, 1, [eps]))), -0.5)); // [N, 1]
  return add(mul(mul(xc, inv), gamma), beta);
}
