// Embedding lookup: rows of a table picked by token ids, with the scatter-add backward.
import { fmtShape } from '../errors.ts';
import { result, saved } from '../tape.ts';
import type { Tensor } from '../tensor.ts';

/** Rows ids[0], ids[1], … of E: [V, D], giving [ids.length, D]. */
export function embedding(E: Tensor, ids: ArrayLike<number>): Tensor {
  const n = ids.length;
  if (n === 0) throw new Error('embedding: needs at least one id');
  const D = E.cols;
  const y = result('embedding', n, D, [E], embeddingBackward);
  const keep = saved(1, n); // the ids, kept for the backward
  const kd = keep.data;
  const ed = E.data;
  const yd = y.data;
  for (let r = 0; r < n; r++) {
    const id = ids[r];
    if (!Number.isInteger(id) || id < 0 || id >= E.rows) {
      throw new Error(
        `embedding: id ${id} at position ${r} is outside the table ${fmtShape(E)} (rows 0..${E.rows - 1})`,
      );
    }
    kd[r] = id;
    for (let c = 0; c < D; c++) yd[r * D + c] = ed[id * D + c];
  }
  y.saved = keep;
  return y;
}

// Scatter-add: an id used at several positions receives the sum of their gradients.
function embeddingBackward(y: Tensor): void {
  const gE = y.inputs[0].grad;
  if (gE === null) return;
  const gy = y.grad as Float64Array;
  const ids = (y.saved as Tensor).data;
  const D = y.cols;
  for (let r = 0; r < ids.length; r++) {
    const o = ids[r] * D;
    for (let c = 0; c < D; c++) gE[o + c] += gy[r * D + c];
  }
}
