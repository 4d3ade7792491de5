// Elementwise arithmetic with broadcasting: add, sub, mul, addBias, scale and addN, each forward beside its backward.
import { fmtShape, shapeError } from '../errors.ts';
import { result } from '../tape.ts';
import type { Tensor } from '../tensor.ts';
import { broadcastShape, colStep, rowStep } from './broadcast.ts';

// A broadcast input is read through steps (rowStep, colStep) that are 0 along a repeated dimension. The
// backward writes through the same steps with +=, which sums the gradient over the repeated copies.

/** a + b, broadcasting [1,n], [m,1] or [1,1] against [m,n]. */
export function add(a: Tensor, b: Tensor): Tensor {
  const [rows, cols] = broadcastShape('add', a, b);
  const y = result('add', rows, cols, [a, b], addBackward);
  const ad = a.data;
  const bd = b.data;
  const yd = y.data;
  if (a.rows === b.rows && a.cols === b.cols) {
    for (let i = 0; i < yd.length; i++) yd[i] = ad[i] + bd[i];
    return y;
  }
  const [ar, ac, br, bc] = [rowStep(a), colStep(a), rowStep(b), colStep(b)];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) yd[r * cols + c] = ad[r * ar + c * ac] + bd[r * br + c * bc];
  }
  return y;
}

function addBackward(y: Tensor): void {
  const [a, b] = y.inputs;
  sendBroadcast(y, a, 1);
  sendBroadcast(y, b, 1);
}

/** a − b, broadcasting like add. */
export function sub(a: Tensor, b: Tensor): Tensor {
  const [rows, cols] = broadcastShape('sub', a, b);
  const y = result('sub', rows, cols, [a, b], subBackward);
  const ad = a.data;
  const bd = b.data;
  const yd = y.data;
  const [ar, ac, br, bc] = [rowStep(a), colStep(a), rowStep(b), colStep(b)];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) yd[r * cols + c] = ad[r * ar + c * ac] - bd[r * br + c * bc];
  }
  return y;
}

function subBackward(y: Tensor): void {
  const [a, b] = y.inputs;
  sendBroadcast(y, a, 1);
  sendBroadcast(y, b, -1);
}

/** gx[broadcast index] += sign · gy, summing over the dimensions x was repeated along. */
function sendBroadcast(y: Tensor, x: Tensor, sign: number): void {
  const gx = x.grad;
  if (gx === null) return;
  const gy = y.grad as Float64Array;
  const { rows, cols } = y;
  const xr = rowStep(x);
  const xc = colStep(x);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) gx[r * xr + c * xc] += sign * gy[r * cols + c];
  }
}

/** a ⊙ b (Hadamard product), broadcasting like add. */
export function mul(a: Tensor, b: Tensor): Tensor {
  const [rows, cols] = broadcastShape('mul', a, b);
  const y = result('mul', rows, cols, [a, b], mulBackward);
  const ad = a.data;
  const bd = b.data;
  const yd = y.data;
  if (a.rows === b.rows && a.cols === b.cols) {
    for (let i = 0; i < yd.length; i++) yd[i] = ad[i] * bd[i];
    return y;
  }
  const [ar, ac, br, bc] = [rowStep(a), colStep(a), rowStep(b), colStep(b)];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) yd[r * cols + c] = ad[r * ar + c * ac] * bd[r * br + c * bc];
  }
  return y;
}

function mulBackward(y: Tensor): void {
  const [a, b] = y.inputs;
  const gy = y.grad as Float64Array;
  const { rows, cols } = y;
  const ad = a.data;
  const bd = b.data;
  const ga = a.grad;
  const gb = b.grad;
  const [ar, ac, br, bc] = [rowStep(a), colStep(a), rowStep(b), colStep(b)];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const g = gy[r * cols + c];
      const ia = r * ar + c * ac;
      const ib = r * br + c * bc;
      if (ga !== null) ga[ia] += g * bd[ib];
      if (gb !== null) gb[ib] += g * ad[ia];
    }
  }
}

/** x + b for a bias row b: [1, n] added to every row of x: [m, n]. */
export function addBias(x: Tensor, b: Tensor): Tensor {
  if (b.rows !== 1 || b.cols !== x.cols) throw shapeError('addBias', x, b, `the bias must be [1,${x.cols}]`);
  return add(x, b);
}

/** s · x for a constant number s. */
export function scale(x: Tensor, s: number): Tensor {
  const y = result('scale', x.rows, x.cols, [x], scaleBackward);
  y.aux = s;
  const xd = x.data;
  const yd = y.data;
  for (let i = 0; i < yd.length; i++) yd[i] = s * xd[i];
  return y;
}

function scaleBackward(y: Tensor): void {
  const gx = y.inputs[0].grad;
  if (gx === null) return;
  const gy = y.grad as Float64Array;
  const s = y.aux;
  for (let i = 0; i < gy.length; i++) gx[i] += s * gy[i];
}

/** x₁ + x₂ + … + xₙ for tensors of one shape (one op, however many terms). */
export function addN(xs: readonly Tensor[]): Tensor {
  if (xs.length === 0) throw new Error('addN: needs at least one tensor');
  const first = xs[0];
  for (const x of xs) {
    if (x.rows !== first.rows || x.cols !== first.cols) {
      throw new Error(
        `addN: shapes ${fmtShape(first)} and ${fmtShape(x)} differ; all terms must have one shape`,
      );
    }
  }
  const y = result('addN', first.rows, first.cols, xs.slice(), addNBackward);
  const yd = y.data;
  yd.set(first.data);
  for (let k = 1; k < xs.length; k++) {
    const xd = xs[k].data;
    for (let i = 0; i < yd.length; i++) yd[i] += xd[i];
  }
  return y;
}

function addNBackward(y: Tensor): void {
  const gy = y.grad as Float64Array;
  for (const x of y.inputs) {
    const gx = x.grad;
    if (gx === null) continue;
    for (let i = 0; i < gy.length; i++) gx[i] += gy[i];
  }
}
