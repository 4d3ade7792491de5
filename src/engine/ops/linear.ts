// linear: y = x·Wᵀ + b for a weight stored as [out, in] (the book's W·x, applied to each row of x), fused in one op.
import { shapeError } from '../errors.ts';
import { gemmNN, gemmNT, gemmTN } from '../kernels.ts';
import { result } from '../tape.ts';
import type { Tensor } from '../tensor.ts';

/** x: [B, in], W: [out, in], b: [1, out] (optional) → [B, out]. Same as add(matmul(x, transpose(W)), b), without the copy. */
export function linear(x: Tensor, W: Tensor, b?: Tensor): Tensor {
  if (x.cols !== W.cols)
    throw shapeError('linear', x, W, `x has ${x.cols} features, W: [out, in] expects ${W.cols}`);
  const B = x.rows;
  const n = W.rows;
  const k = W.cols;
  if (b !== undefined && (b.rows !== 1 || b.cols !== n))
    throw shapeError('linear', b, W, `b must be [1,${n}]`);
  const y = result('linear', B, n, b === undefined ? [x, W] : [x, W, b], linearBackward);
  const yd = y.data;
  if (b === undefined) yd.fill(0);
  else {
    const bd = b.data;
    for (let r = 0; r < B; r++) for (let j = 0; j < n; j++) yd[r * n + j] = bd[j];
  }
  gemmNT(B, n, k, x.data, 0, k, W.data, 0, k, yd, 0, n);
  return y;
}

// ∂L/∂x += g·W, ∂L/∂W += gᵀ·x, ∂L/∂b += Σ_rows g.
function linearBackward(y: Tensor): void {
  const [x, W, b] = y.inputs;
  const gy = y.grad as Float64Array;
  const B = x.rows;
  const n = W.rows;
  const k = W.cols;
  const gx = x.grad;
  if (gx !== null) gemmNN(B, k, n, gy, 0, n, W.data, 0, k, gx, 0, k);
  const gW = W.grad;
  if (gW !== null) gemmTN(n, k, B, gy, 0, n, x.data, 0, k, gW, 0, k);
  const gb = b === undefined ? null : b.grad;
  if (gb !== null) for (let r = 0; r < B; r++) for (let j = 0; j < n; j++) gb[j] += gy[r * n + j];
}
