// Reshaping ops: concat along rows or columns, slice, and zero-copy row views.
import { fmtShape, shapeError } from '../errors.ts';
import { result, rowsOf } from '../tape.ts';
import type { Tensor } from '../tensor.ts';

/** Joins tensors along rows (axis 0: same column count) or columns (axis 1: same row count). */
export function concat(xs: readonly Tensor[], axis: 0 | 1 = 0): Tensor {
  if (xs.length === 0) throw new Error('concat: needs at least one tensor');
  const first = xs[0];
  let total = 0;
  for (const x of xs) {
    if (axis === 0 && x.cols !== first.cols)
      throw shapeError('concat', first, x, `axis 0 needs equal columns`);
    if (axis === 1 && x.rows !== first.rows) throw shapeError('concat', first, x, `axis 1 needs equal rows`);
    total += axis === 0 ? x.rows : x.cols;
  }
  const rows = axis === 0 ? total : first.rows;
  const cols = axis === 0 ? first.cols : total;
  const y = result('concat', rows, cols, xs.slice(), concatBackward);
  y.aux = axis;
  const yd = y.data;
  let at = 0;
  for (const x of xs) {
    const xd = x.data;
    if (axis === 0) {
      yd.set(xd, at * cols);
      at += x.rows;
    } else {
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < x.cols; c++) yd[r * cols + at + c] = xd[r * x.cols + c];
      at += x.cols;
    }
  }
  return y;
}

function concatBackward(y: Tensor): void {
  const gy = y.grad as Float64Array;
  const cols = y.cols;
  let at = 0;
  for (const x of y.inputs) {
    const gx = x.grad;
    const n = y.aux === 0 ? x.rows : x.cols;
    if (gx !== null) {
      if (y.aux === 0) for (let i = 0; i < gx.length; i++) gx[i] += gy[at * cols + i];
      else
        for (let r = 0; r < y.rows; r++)
          for (let c = 0; c < x.cols; c++) gx[r * x.cols + c] += gy[r * cols + at + c];
    }
    at += n;
  }
}

/**
 * Rows [r0, r1) and columns [c0, c1) of x. A slice of whole rows is a view sharing x's memory and
 * gradient (free); a slice of some columns is a copy with its own backward.
 */
export function slice(x: Tensor, r0: number, r1: number, c0 = 0, c1: number = x.cols): Tensor {
  const ok =
    [r0, r1, c0, c1].every(Number.isInteger) &&
    r0 >= 0 &&
    r1 <= x.rows &&
    r0 < r1 &&
    c0 >= 0 &&
    c1 <= x.cols &&
    c0 < c1;
  if (!ok)
    throw new Error(
      `slice: rows [${r0}, ${r1}) × columns [${c0}, ${c1}) is not a non-empty part of ${fmtShape(x)}`,
    );
  if (c0 === 0 && c1 === x.cols) return rowsOf(x, r0, r1 - r0);
  const rows = r1 - r0;
  const cols = c1 - c0;
  const y = result('slice', rows, cols, [x], sliceBackward);
  y.aux = r0 * x.cols + c0; // offset of y's first element in x
  const xd = x.data;
  const yd = y.data;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) yd[r * cols + c] = xd[(r0 + r) * x.cols + c0 + c];
  return y;
}

function sliceBackward(y: Tensor): void {
  const x = y.inputs[0];
  const gx = x.grad;
  if (gx === null) return;
  const gy = y.grad as Float64Array;
  const { rows, cols } = y;
  const at = y.aux;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) gx[at + r * x.cols + c] += gy[r * cols + c];
}

/** Splits x: [parts·k, n] into `parts` consecutive views of [k, n] (e.g. a time-major sequence into its steps). */
export function splitRows(x: Tensor, parts: number): Tensor[] {
  if (!Number.isInteger(parts) || parts < 1 || x.rows % parts !== 0) {
    throw new Error(`splitRows: ${fmtShape(x)} does not split into ${parts} equal row blocks`);
  }
  const k = x.rows / parts;
  const out: Tensor[] = [];
  for (let p = 0; p < parts; p++) out.push(rowsOf(x, p * k, k));
  return out;
}
