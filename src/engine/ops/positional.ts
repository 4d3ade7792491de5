// Positional encodings: the fixed sinusoids of Vaswani et al. (2017) and a row-broadcast add for a [T, d] table of positions.
import { fmtShape } from '../errors.ts';
import { tensor } from '../create.ts';
import { result } from '../tape.ts';
import type { Tensor } from '../tensor.ts';

/**
 * PE[t, 2i] = sin(t / 10000^(2i/d)), PE[t, 2i+1] = cos(t / 10000^(2i/d)) for t < T (Vaswani et al. 2017,
 * §3.5). A shift by k positions is a fixed rotation of each (sin, cos) pair, so relative offsets are
 * linear functions of the encoding.
 */
export function sinusoidalPositions(T: number, d: number): Tensor {
  if (!Number.isInteger(T) || !Number.isInteger(d) || T < 1 || d < 1)
    throw new Error(`sinusoidalPositions: T and d must be positive integers, got T = ${T}, d = ${d}`);
  const pe = tensor(T, d);
  const p = pe.data;
  for (let t = 0; t < T; t++) {
    for (let j = 0; j < d; j++) {
      const angle = t / 10000 ** ((2 * Math.floor(j / 2)) / d);
      p[t * d + j] = j % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }
  }
  return pe;
}

/**
 * x: [B·T, d] holds B sequences of T rows; adds P[t] (P: [T_max, d], T ≤ T_max) to row t of every
 * sequence. With a learned P (a parameter) its gradient sums over the batch.
 */
export function addPositions(x: Tensor, P: Tensor, T: number): Tensor {
  if (!Number.isInteger(T) || T < 1 || x.rows % T !== 0)
    throw new Error(`addPositions: ${fmtShape(x)} is not a whole number of sequences of ${T} rows`);
  if (P.cols !== x.cols || P.rows < T)
    throw new Error(
      `addPositions: positions ${fmtShape(P)} need ${x.cols} columns and at least ${T} rows for x ${fmtShape(x)}`,
    );
  const y = result('addPositions', x.rows, x.cols, [x, P], addPositionsBackward);
  y.aux = T;
  const xd = x.data;
  const pd = P.data;
  const yd = y.data;
  const d = x.cols;
  for (let r = 0; r < x.rows; r++) {
    const po = (r % T) * d;
    for (let j = 0; j < d; j++) yd[r * d + j] = xd[r * d + j] + pd[po + j];
  }
  return y;
}

function addPositionsBackward(y: Tensor): void {
  const [x, P] = y.inputs;
  const gy = y.grad as Float64Array;
  const gx = x.grad;
  if (gx !== null) for (let i = 0; i < gy.length; i++) gx[i] += gy[i];
  const gP = P.grad;
  if (gP === null) return;
  const T = y.aux;
  const d = y.cols;
  for (let r = 0; r < y.rows; r++) {
    const po = (r % T) * d;
    for (let j = 0; j < d; j++) gP[po + j] += gy[r * d + j];
  }
}
