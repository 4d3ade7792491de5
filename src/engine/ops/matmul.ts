// Matrix product and transpose, each forward beside its backward.
import { shapeError } from '../errors.ts';
import { gemmNN, gemmNT, gemmTN } from '../kernels.ts';
import { result } from '../tape.ts';
import type { Tensor } from '../tensor.ts';

/** a · b for a: [m, k] and b: [k, n], giving [m, n]. */
export function matmul(a: Tensor, b: Tensor): Tensor {
  if (a.cols !== b.rows) throw shapeError('matmul', a, b, `inner dimensions ${a.cols} ≠ ${b.rows}`);
  const m = a.rows;
  const k = a.cols;
  const n = b.cols;
  const y = result('matmul', m, n, [a, b], matmulBackward);
  const yd = y.data;
  yd.fill(0);
  gemmNN(m, n, k, a.data, 0, k, b.data, 0, n, yd, 0, n);
  return y;
}

// y = a b  ⇒  ∂L/∂a = ∂L/∂y · bᵀ  and  ∂L/∂b = aᵀ · ∂L/∂y.
function matmulBackward(y: Tensor): void {
  const [a, b] = y.inputs;
  const gy = y.grad as Float64Array;
  const m = a.rows;
  const k = a.cols;
  const n = b.cols;
  const ga = a.grad;
  const gb = b.grad;
  if (ga !== null) gemmNT(m, k, n, gy, 0, n, b.data, 0, n, ga, 0, k);
  if (gb !== null) gemmTN(k, n, m, a.data, 0, k, gy, 0, n, gb, 0, n);
}

/** xᵀ: [m, n] becomes [n, m] (a copy). */
export function transpose(x: Tensor): Tensor {
  const m = x.rows;
  const n = x.cols;
  const y = result('transpose', n, m, [x], transposeBackward);
  const xd = x.data;
  const yd = y.data;
  for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) yd[c * m + r] = xd[r * n + c];
  return y;
}

function transposeBackward(y: Tensor): void {
  const x = y.inputs[0];
  const gx = x.grad;
  if (gx === null) return;
  const gy = y.grad as Float64Array;
  const m = x.rows;
  const n = x.cols;
  for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) gx[r * n + c] += gy[c * m + r];
}
