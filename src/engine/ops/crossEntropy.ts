// Cross-entropy loss from raw logits, fused with its softmax so it stays finite for any logits.
import { fmtShape } from '../errors.ts';
import { result, saved } from '../tape.ts';
import type { Tensor } from '../tensor.ts';
import { logSumExp } from './softmax.ts';

export interface CrossEntropyOptions {
  /** Rows whose target equals this value (e.g. padding) add nothing to the loss or its gradient. */
  ignoreIndex?: number;
}

/**
 * Mean over rows of −log softmax(logits)[target]: logits [B, C], targets B class ids → [1,1].
 * Computed as logΣexp(z) − z_target, never log(softmax), so huge logits give a finite loss.
 */
export function crossEntropy(
  logits: Tensor,
  targets: ArrayLike<number>,
  options: CrossEntropyOptions = {},
): Tensor {
  const { rows, cols } = logits;
  if (targets.length !== rows) {
    throw new Error(`crossEntropy: logits ${fmtShape(logits)} need ${rows} targets, got ${targets.length}`);
  }
  const ignore = options.ignoreIndex;
  const y = result('crossEntropy', 1, 1, [logits], crossEntropyBackward);
  // saved: [B, C + 1]: softmax probabilities, then the target id (−1 when ignored) in the last column.
  const keep = saved(rows, cols + 1);
  const p = keep.data;
  const z = logits.data;
  let total = 0;
  let counted = 0;
  for (let r = 0; r < rows; r++) {
    const t = targets[r];
    const o = r * cols;
    const po = r * (cols + 1);
    const lse = logSumExp(z, o, cols);
    for (let c = 0; c < cols; c++) p[po + c] = Math.exp(z[o + c] - lse);
    if (t === ignore) {
      p[po + cols] = -1;
      continue;
    }
    if (!Number.isInteger(t) || t < 0 || t >= cols) {
      throw new Error(`crossEntropy: target ${t} at row ${r} is outside [0, ${cols})`);
    }
    p[po + cols] = t;
    total += lse - z[o + t];
    counted++;
  }
  y.saved = keep;
  y.aux = counted;
  y.data[0] = counted > 0 ? total / counted : 0;
  return y;
}

// ∂L/∂z_c = (softmax_c − [c = target]) / counted for each row that counts.
function crossEntropyBackward(y: Tensor): void {
  const logits = y.inputs[0];
  const gz = logits.grad;
  if (gz === null || y.aux === 0) return;
  const g = (y.grad as Float64Array)[0] / y.aux;
  const p = (y.saved as Tensor).data;
  const { rows, cols } = logits;
  for (let r = 0; r < rows; r++) {
    const po = r * (cols + 1);
    const t = p[po + cols];
    if (t < 0) continue;
    const o = r * cols;
    for (let c = 0; c < cols; c++) gz[o + c] += g * p[po + c];
    gz[o + t] -= g;
  }
}
