// Leaf tensors: constants (inputs, targets) and trainable parameters, each owning its own memory.
import { Tensor } from './tensor.ts';

function leaf(
  rows: number,
  cols: number,
  values: ArrayLike<number> | undefined,
  requiresGrad: boolean,
): Tensor {
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1) {
    throw new Error(`tensor: shape [${rows},${cols}] must be two positive integers`);
  }
  const data = new Float64Array(rows * cols);
  if (values !== undefined) {
    if (values.length !== rows * cols) {
      throw new Error(`tensor: shape [${rows},${cols}] needs ${rows * cols} values, got ${values.length}`);
    }
    data.set(values);
  }
  return new Tensor(
    rows,
    cols,
    data,
    requiresGrad ? new Float64Array(rows * cols) : null,
    null,
    0,
    requiresGrad,
  );
}

/** A constant [rows, cols] leaf (zeros unless values are given, row-major). No gradient flows into it. */
export function tensor(rows: number, cols: number, values?: ArrayLike<number>): Tensor {
  return leaf(rows, cols, values, false);
}

/** A trainable [rows, cols] leaf: gradients accumulate into `grad` until `zeroGrad()`. */
export function param(rows: number, cols: number, values?: ArrayLike<number>): Tensor {
  return leaf(rows, cols, values, true);
}

/** A constant leaf from nested arrays: `fromRows([[1, 2], [3, 4]])` is [2,2]. */
export function fromRows(
  rows: readonly (readonly number[])[],
  options: { requiresGrad?: boolean } = {},
): Tensor {
  const cols = rows.length > 0 ? rows[0].length : 0;
  const flat: number[] = [];
  for (const row of rows) {
    if (row.length !== cols)
      throw new Error(`fromRows: ragged rows (${row.length} values where ${cols} expected)`);
    flat.push(...row);
  }
  return leaf(rows.length, cols, flat, options.requiresGrad === true);
}

/** A constant [ids.length, classes] matrix with a single 1 per row, at column ids[r]. */
export function oneHot(ids: ArrayLike<number>, classes: number): Tensor {
  const t = tensor(ids.length, classes);
  const d = t.data;
  for (let r = 0; r < ids.length; r++) {
    const id = ids[r];
    if (!Number.isInteger(id) || id < 0 || id >= classes) {
      throw new Error(`oneHot: id ${id} at row ${r} is outside [0, ${classes})`);
    }
    d[r * classes + id] = 1;
  }
  return t;
}
