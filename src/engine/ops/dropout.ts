// Inverted dropout (Srivastava et al. 2014) with a mask drawn from the engine's seeded Rng: identity at rate 0 or outside training.
import { fmtShape } from '../errors.ts';
import type { Rng } from '../rng.ts';
import { result, saved } from '../tape.ts';
import type { Tensor } from '../tensor.ts';

export interface DropoutOptions {
  /** False (evaluation, sampling) makes dropout the identity and draws nothing from the rng. */
  training?: boolean;
  /**
   * For a shard of a batch: x holds rows [rowOffset, rowOffset + x.rows) of a batch of totalRows rows.
   * The mask is drawn for the whole batch (the same rng calls as unsharded) and this shard's rows are used,
   * so k shards drop exactly the units the full batch drops.
   */
  rowOffset?: number;
  totalRows?: number;
}

/**
 * Each element is kept with probability 1 − rate and then divided by 1 − rate, so the expected output
 * equals x and evaluation needs no rescaling. Draws totalRows · cols uniforms, row-major.
 */
export function dropout(x: Tensor, rate: number, rng: Rng, options: DropoutOptions = {}): Tensor {
  if (!(rate >= 0 && rate < 1)) throw new Error(`dropout: rate must be in [0, 1), got ${rate}`);
  if (rate === 0 || options.training === false) return x;
  const offset = options.rowOffset ?? 0;
  const total = options.totalRows ?? x.rows;
  if (!Number.isInteger(offset) || !Number.isInteger(total) || offset < 0 || offset + x.rows > total) {
    throw new Error(
      `dropout: rows [${offset}, ${offset + x.rows}) of ${fmtShape(x)} do not fit in a batch of ${total} rows`,
    );
  }
  const y = result('dropout', x.rows, x.cols, [x], dropoutBackward);
  const mask = saved(x.rows, x.cols); // 1/(1 − rate) where kept, 0 where dropped
  const m = mask.data;
  const keep = 1 / (1 - rate);
  const cols = x.cols;
  const first = offset * cols;
  const last = first + m.length;
  for (let i = 0; i < total * cols; i++) {
    const u = rng.next();
    if (i >= first && i < last) m[i - first] = u < rate ? 0 : keep;
  }
  const xd = x.data;
  const yd = y.data;
  for (let i = 0; i < yd.length; i++) yd[i] = xd[i] * m[i];
  y.saved = mask;
  return y;
}

function dropoutBackward(y: Tensor): void {
  const gx = y.inputs[0].grad;
  if (gx === null) return;
  const gy = y.grad as Float64Array;
  const m = (y.saved as Tensor).data;
  for (let i = 0; i < gy.length; i++) gx[i] += gy[i] * m[i];
}
