// maskFill: replace masked-out entries by a constant (attention scores at padding positions), passing gradient only where kept.
import { fmtShape } from '../errors.ts';
import { result, saved } from '../tape.ts';
import type { Tensor } from '../tensor.ts';

/**
 * keep ? x : fill, elementwise. `keep` has one entry per column (the same mask for every row, e.g. key
 * padding) or one per element (row-major, e.g. a causal mask); truthy keeps.
 */
export function maskFill(x: Tensor, keep: ArrayLike<number | boolean>, fill: number): Tensor {
  const { rows, cols } = x;
  const perColumn = keep.length === cols;
  if (!perColumn && keep.length !== rows * cols) {
    throw new Error(
      `maskFill: a mask for ${fmtShape(x)} needs ${cols} or ${rows * cols} entries, got ${keep.length}`,
    );
  }
  const y = result('maskFill', rows, cols, [x], maskFillBackward);
  const m = saved(rows, cols); // 1 where kept, 0 where filled
  const md = m.data;
  const xd = x.data;
  const yd = y.data;
  for (let i = 0; i < yd.length; i++) {
    const k = keep[perColumn ? i % cols : i] ? 1 : 0;
    md[i] = k;
    yd[i] = k === 1 ? xd[i] : fill;
  }
  y.saved = m;
  return y;
}

function maskFillBackward(y: Tensor): void {
  const gx = y.inputs[0].grad;
  if (gx === null) return;
  const gy = y.grad as Float64Array;
  const md = (y.saved as Tensor).data;
  for (let i = 0; i < gy.length; i++) gx[i] += md[i] * gy[i];
}
