// Row-wise softmax and log-softmax, both through the log-sum-exp shift so large logits cannot overflow.
import { result } from '../tape.ts';
import type { Tensor } from '../tensor.ts';

// softmax(x)_j = e^(x_j − m) / Σ_k e^(x_k − m) with m = max_k x_k: the same value as without the shift,
// but every exponent is ≤ 0. log-softmax is computed as x_j − m − log Σ_k e^(x_k − m), never as
// log(softmax(x)), which gives −Infinity once a probability underflows to 0.

/** Softmax of each row of x: [m, n]; every output row sums to 1. */
export function softmax(x: Tensor): Tensor {
  const y = result('softmax', x.rows, x.cols, [x], softmaxBackward);
  softmaxRows(x.data, y.data, x.rows, x.cols);
  return y;
}

/** Writes the row-wise softmax of x into y (both [rows, cols], row-major). */
export function softmaxRows(x: Float64Array, y: Float64Array, rows: number, cols: number): void {
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    let m = Number.NEGATIVE_INFINITY;
    for (let c = 0; c < cols; c++) if (x[o + c] > m) m = x[o + c];
    let s = 0;
    for (let c = 0; c < cols; c++) {
      const e = Math.exp(x[o + c] - m);
      y[o + c] = e;
      s += e;
    }
    for (let c = 0; c < cols; c++) y[o + c] /= s;
  }
}

// ∂L/∂x_j = y_j (g_j − Σ_k g_k y_k) per row: the Jacobian diag(y) − y yᵀ applied to g.
function softmaxBackward(y: Tensor): void {
  const gx = y.inputs[0].grad;
  if (gx === null) return;
  const gy = y.grad as Float64Array;
  const yd = y.data;
  const { rows, cols } = y;
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    let dot = 0;
    for (let c = 0; c < cols; c++) dot += gy[o + c] * yd[o + c];
    for (let c = 0; c < cols; c++) gx[o + c] += yd[o + c] * (gy[o + c] - dot);
  }
}

/** log(softmax(x)) of each row, computed stably as x − logΣexp(x). */
export function logSoftmax(x: Tensor): Tensor {
  const y = result('logSoftmax', x.rows, x.cols, [x], logSoftmaxBackward);
  const xd = x.data;
  const yd = y.data;
  const { rows, cols } = x;
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    const lse = logSumExp(xd, o, cols);
    for (let c = 0; c < cols; c++) yd[o + c] = xd[o + c] - lse;
  }
  return y;
}

/** log Σ_c e^(x[o + c]) over one row, shifted by the row maximum. */
export function logSumExp(x: Float64Array, o: number, cols: number): number {
  let m = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < cols; c++) if (x[o + c] > m) m = x[o + c];
  if (m === Number.NEGATIVE_INFINITY || m === Number.POSITIVE_INFINITY) return m;
  let s = 0;
  for (let c = 0; c < cols; c++) s += Math.exp(x[o + c] - m);
  return m + Math.log(s);
}

// y = x − lse(x) ⇒ ∂L/∂x_j = g_j − softmax_j Σ_k g_k, with softmax_j = e^(y_j).
function logSoftmaxBackward(y: Tensor): void {
  const gx = y.inputs[0].grad;
  if (gx === null) return;
  const gy = y.grad as Float64Array;
  const yd = y.data;
  const { rows, cols } = y;
  for (let r = 0; r < rows; r++) {
    const o = r * cols;
    let s = 0;
    for (let c = 0; c < cols; c++) s += gy[o + c];
    for (let c = 0; c < cols; c++) gx[o + c] += gy[o + c] - Math.exp(yd[o + c]) * s;
  }
}
