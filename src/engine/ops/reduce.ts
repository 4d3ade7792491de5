// Sums and means over all elements, over rows (axis 0) or over columns (axis 1).
import { result } from '../tape.ts';
import type { Tensor } from '../tensor.ts';
import { colStep, rowStep } from './broadcast.ts';

/** 0 sums down the rows ([m,n] → [1,n]); 1 sums along each row ([m,n] → [m,1]); omitted sums everything → [1,1]. */
export type Axis = 0 | 1;

/** Σ of x's elements, over everything or along one axis. */
export function sum(x: Tensor, axis?: Axis): Tensor {
  return reduce('sum', x, axis, 1);
}

/** Mean of x's elements, over everything or along one axis. */
export function mean(x: Tensor, axis?: Axis): Tensor {
  const n = axis === undefined ? x.rows * x.cols : axis === 0 ? x.rows : x.cols;
  return reduce('mean', x, axis, 1 / n);
}

function reduce(op: string, x: Tensor, axis: Axis | undefined, factor: number): Tensor {
  const rows = axis === 1 ? x.rows : 1;
  const cols = axis === 0 ? x.cols : 1;
  const y = result(op, rows, cols, [x], reduceBackward);
  y.aux = factor;
  const xd = x.data;
  const yd = y.data;
  yd.fill(0);
  const yr = rowStep(y);
  const yc = colStep(y);
  for (let r = 0; r < x.rows; r++) {
    for (let c = 0; c < x.cols; c++) yd[r * yr + c * yc] += xd[r * x.cols + c];
  }
  if (factor !== 1) for (let i = 0; i < yd.length; i++) yd[i] *= factor;
  return y;
}

// Each element of x contributed once (times factor) to one output: its gradient is that output's gradient.
function reduceBackward(y: Tensor): void {
  const x = y.inputs[0];
  const gx = x.grad;
  if (gx === null) return;
  const gy = y.grad as Float64Array;
  const yr = rowStep(y);
  const yc = colStep(y);
  const f = y.aux;
  for (let r = 0; r < x.rows; r++) {
    for (let c = 0; c < x.cols; c++) gx[r * x.cols + c] += f * gy[r * yr + c * yc];
  }
}
