// Shape rules for elementwise ops: two 2-D shapes combine when each dimension is equal or 1 (NumPy's rule, in 2-D).
import { shapeError } from '../errors.ts';
import type { Tensor } from '../tensor.ts';

/** The broadcast result shape of a and b, or a ShapeError naming op and both shapes. */
export function broadcastShape(op: string, a: Tensor, b: Tensor): [number, number] {
  const rows = a.rows === b.rows || b.rows === 1 ? a.rows : a.rows === 1 ? b.rows : -1;
  if (rows < 0) throw shapeError(op, a, b, `rows ${a.rows} ≠ ${b.rows} and neither is 1`);
  const cols = a.cols === b.cols || b.cols === 1 ? a.cols : a.cols === 1 ? b.cols : -1;
  if (cols < 0) throw shapeError(op, a, b, `columns ${a.cols} ≠ ${b.cols} and neither is 1`);
  return [rows, cols];
}

/** Step in t's data per output row: 0 when t has one row that is repeated. */
export function rowStep(t: Tensor): number {
  return t.rows === 1 ? 0 : t.cols;
}

/** Step in t's data per output column: 0 when t has one column that is repeated. */
export function colStep(t: Tensor): number {
  return t.cols === 1 ? 0 : 1;
}
