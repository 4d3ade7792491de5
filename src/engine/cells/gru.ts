// The GRU cell of Cho et al. (2014): fused op with a hand-written backward, and the same cell from primitive ops.
import { param, tensor } from '../create.ts';
import { shapeError } from '../errors.ts';
import { glorotUniform } from '../init/initializers.ts';
import { gemmNN, gemmNT, gemmTN, workspace } from '../kernels.ts';
import { sigma, sigmoid, tanh } from '../ops/activations.ts';
import { add, mul, sub } from '../ops/elementwise.ts';
import { matmul, transpose } from '../ops/matmul.ts';
import { concat, slice } from '../ops/shape.ts';
import type { Rng } from '../rng.ts';
import { result, saved } from '../tape.ts';
import type { Tensor } from '../tensor.ts';

//   z = σ(Wz·[h; x] + bz)            update gate
//   r = σ(Wr·[h; x] + br)            reset gate
//   ĥ = tanh(Wh·[r ⊙ h; x] + bh)     candidate
//   h' = z ⊙ h + (1 − z) ⊙ ĥ
// As in the paper, z keeps the old state and r resets h before Wh sees it (cuDNN/PyTorch instead
// apply r after the product, r ⊙ (Wh·h)).

/** W: [3H, H+D] with row blocks Wz, Wr, Wh acting on [h; x] (Wh on [r ⊙ h; x]); b: [1, 3H]. */
export interface GruParams {
  W: Tensor;
  b: Tensor;
}

/** h': [B, H] and the gate activations [B, 3H] (columns z, r, ĥ) for plotting. */
export interface GruState {
  h: Tensor;
  gates: Tensor | null;
}

/** W Glorot-uniform per block ([H, H+D]), b zero. */
export function gruParams(rng: Rng, D: number, H: number): GruParams {
  const W = param(3 * H, H + D);
  for (let block = 0; block < 3; block++) W.data.set(glorotUniform(rng, H, H + D).data, block * H * (H + D));
  return { W, b: param(1, 3 * H) };
}

function checkShapes(op: string, x: Tensor, h: Tensor, p: GruParams): void {
  const H = h.cols;
  if (p.W.rows !== 3 * H || p.W.cols !== H + x.cols) {
    throw shapeError(
      op,
      p.W,
      x,
      `W must be [3H, H+D] = [${3 * H},${H + x.cols}] for h: [·,${H}] and x: [·,${x.cols}]`,
    );
  }
  if (h.rows !== x.rows) throw shapeError(op, h, x, 'h and x need the same batch (rows)');
  if (p.b.rows !== 1 || p.b.cols !== 3 * H) throw shapeError(op, p.b, p.W, `b must be [1,${3 * H}]`);
}

/** One GRU step as a single fused op: x: [B, D], h: [B, H] → h' and the gates. */
export function gruCell(x: Tensor, h: Tensor, p: GruParams): GruState {
  checkShapes('gruCell', x, h, p);
  const B = x.rows;
  const D = x.cols;
  const H = h.cols;
  const H3 = 3 * H;
  const K = H + D;
  const y = result('gruCell', B, H, [x, h, p.W, p.b], gruCellBackward);
  const gates = saved(B, H3);
  const a = gates.data;
  const bd = p.b.data;
  const hd = h.data;
  const Wd = p.W.data;
  for (let r = 0; r < B; r++) for (let j = 0; j < H3; j++) a[r * H3 + j] = bd[j];
  // z and r: the first 2H rows of W against [h; x]
  gemmNT(B, 2 * H, H, hd, 0, H, Wd, 0, K, a, 0, H3);
  gemmNT(B, 2 * H, D, x.data, 0, D, Wd, H, K, a, 0, H3);
  const rh = workspace(B * H);
  for (let r = 0; r < B; r++) {
    for (let j = 0; j < 2 * H; j++) a[r * H3 + j] = sigma(a[r * H3 + j]);
    for (let j = 0; j < H; j++) rh[r * H + j] = a[r * H3 + H + j] * hd[r * H + j];
  }
  // candidate: the last H rows of W against [r ⊙ h; x]
  gemmNT(B, H, H, rh, 0, H, Wd, 2 * H * K, K, a, 2 * H, H3);
  gemmNT(B, H, D, x.data, 0, D, Wd, 2 * H * K + H, K, a, 2 * H, H3);
  const yd = y.data;
  for (let r = 0; r < B; r++) {
    for (let j = 0; j < H; j++) {
      const o = r * H3;
      const hh = Math.tanh(a[o + 2 * H + j]);
      a[o + 2 * H + j] = hh;
      const z = a[o + j];
      yd[r * H + j] = z * hd[r * H + j] + (1 - z) * hh;
    }
  }
  y.saved = gates;
  return { h: y, gates };
}

// ∂L/∂z = dh' ⊙ (h − ĥ), ∂L/∂ĥ = dh' ⊙ (1 − z), and h receives dh' ⊙ z directly. The candidate's
// pre-activation gradient da_h flows into Wh, x and, through r ⊙ h, into both r and h; then the gate
// pre-activation gradients da_z, da_r flow through Wz, Wr into h and x.
function gruCellBackward(y: Tensor): void {
  const [x, h, W, b] = y.inputs;
  const B = x.rows;
  const D = x.cols;
  const H = h.cols;
  const H3 = 3 * H;
  const K = H + D;
  const gy = y.grad as Float64Array;
  const a = (y.saved as Tensor).data;
  const hd = h.data;
  const xd = x.data;
  const Wd = W.data;
  const gh = h.grad;
  const gx = x.grad;
  const gW = W.grad;
  const work = workspace(B * (H3 + 2 * H));
  const da = work; // [B, 3H]: pre-activation gradients of z, r, ĥ
  const rh = B * H3; // offset of r ⊙ h: [B, H]
  const drh = rh + B * H; // offset of ∂L/∂(r ⊙ h): [B, H]
  for (let r = 0; r < B; r++) {
    const o = r * H3;
    for (let j = 0; j < H; j++) {
      const z = a[o + j];
      const hh = a[o + 2 * H + j];
      const dh = gy[r * H + j];
      const hv = hd[r * H + j];
      da[o + j] = dh * (hv - hh) * z * (1 - z);
      da[o + 2 * H + j] = dh * (1 - z) * (1 - hh * hh);
      if (gh !== null) gh[r * H + j] += dh * z;
      work[rh + r * H + j] = a[o + H + j] * hv;
      work[drh + r * H + j] = 0;
    }
  }
  const WhOff = 2 * H * K;
  if (gW !== null) {
    gemmTN(H, H, B, da, 2 * H, H3, work, rh, H, gW, WhOff, K);
    gemmTN(H, D, B, da, 2 * H, H3, xd, 0, D, gW, WhOff + H, K);
  }
  gemmNN(B, H, H, da, 2 * H, H3, Wd, WhOff, K, work, drh, H);
  if (gx !== null) gemmNN(B, D, H, da, 2 * H, H3, Wd, WhOff + H, K, gx, 0, D);
  for (let r = 0; r < B; r++) {
    for (let j = 0; j < H; j++) {
      const rv = a[r * H3 + H + j];
      const d = work[drh + r * H + j];
      da[r * H3 + H + j] = d * hd[r * H + j] * rv * (1 - rv);
      if (gh !== null) gh[r * H + j] += d * rv;
    }
  }
  if (gW !== null) {
    gemmTN(2 * H, H, B, da, 0, H3, hd, 0, H, gW, 0, K);
    gemmTN(2 * H, D, B, da, 0, H3, xd, 0, D, gW, H, K);
  }
  if (gh !== null) gemmNN(B, H, 2 * H, da, 0, H3, Wd, 0, K, gh, 0, H);
  if (gx !== null) gemmNN(B, D, 2 * H, da, 0, H3, Wd, H, K, gx, 0, D);
  const gb = b.grad;
  if (gb !== null) for (let r = 0; r < B; r++) for (let j = 0; j < H3; j++) gb[j] += da[r * H3 + j];
}

/** The same step from primitive ops, one line per equation. */
export function gruCellComposed(x: Tensor, h: Tensor, p: GruParams): GruState {
  checkShapes('gruCellComposed', x, h, p);
  const H = h.cols;
  const Wzr = slice(p.W, 0, 2 * H);
  const Wh = slice(p.W, 2 * H, 3 * H);
  const zr = sigmoid(add(matmul(concat([h, x], 1), transpose(Wzr)), slice(p.b, 0, 1, 0, 2 * H)));
  const z = slice(zr, 0, x.rows, 0, H);
  const r = slice(zr, 0, x.rows, H, 2 * H);
  const hh = tanh(add(matmul(concat([mul(r, h), x], 1), transpose(Wh)), slice(p.b, 0, 1, 2 * H, 3 * H)));
  const one = tensor(1, 1, [1]);
  const hNew = add(mul(z, h), mul(sub(one, z), hh));
  return { h: hNew, gates: concat([z, r, hh], 1) };
}
