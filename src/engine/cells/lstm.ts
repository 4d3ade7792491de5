// The LSTM cell (Hochreiter & Schmidhuber 1997, with the forget gate of Gers et al. 2000): fused op with a hand-written backward, and the same cell from primitive ops.
import { shapeError } from '../errors.ts';
import { glorotUniform } from '../init/initializers.ts';
import { gemmNN, gemmNT, gemmTN, workspace } from '../kernels.ts';
import { sigma, sigmoid, tanh } from '../ops/activations.ts';
import { add, mul } from '../ops/elementwise.ts';
import { matmul, transpose } from '../ops/matmul.ts';
import { concat, slice } from '../ops/shape.ts';
import { param } from '../create.ts';
import type { Rng } from '../rng.ts';
import { result, rowsOf, saved } from '../tape.ts';
import type { Tensor } from '../tensor.ts';

//   [i; f; g; o] = [σ; σ; tanh; σ](W·[h; x] + b)
//   c' = f ⊙ c + i ⊙ g
//   h' = o ⊙ tanh(c')

/** W: [4H, H+D] acting on [h; x], gate rows in the order i, f, g, o; b: [1, 4H]. */
export interface LstmParams {
  W: Tensor;
  b: Tensor;
}

/** h' and c' ([B, H] each), and the gate activations [B, 4H] (columns i, f, g, o) for plotting. */
export interface LstmState {
  h: Tensor;
  c: Tensor;
  gates: Tensor | null;
}

export interface LstmInit {
  /**
   * Initial bias of the forget gate. 1 (the default) keeps f ≈ σ(1) ≈ 0.73 at the start, so c_t is
   * remembered while the gates learn (Gers et al. 2000; Jozefowicz et al. 2015). 0 is the plain init.
   */
  forgetBias?: number;
}

/** W Glorot-uniform per gate block ([H, H+D]), b zero except the forget block. */
export function lstmParams(rng: Rng, D: number, H: number, init: LstmInit = {}): LstmParams {
  const W = param(4 * H, H + D);
  for (let gate = 0; gate < 4; gate++) W.data.set(glorotUniform(rng, H, H + D).data, gate * H * (H + D));
  const b = param(1, 4 * H);
  b.data.fill(init.forgetBias ?? 1, H, 2 * H);
  return { W, b };
}

function checkShapes(op: string, x: Tensor, h: Tensor, c: Tensor, p: LstmParams): void {
  const H = h.cols;
  if (p.W.rows !== 4 * H || p.W.cols !== H + x.cols) {
    throw shapeError(
      op,
      p.W,
      x,
      `W must be [4H, H+D] = [${4 * H},${H + x.cols}] for h: [·,${H}] and x: [·,${x.cols}]`,
    );
  }
  if (h.rows !== x.rows) throw shapeError(op, h, x, 'h and x need the same batch (rows)');
  if (c.rows !== h.rows || c.cols !== H) throw shapeError(op, c, h, 'c must have the shape of h');
  if (p.b.rows !== 1 || p.b.cols !== 4 * H) throw shapeError(op, p.b, p.W, `b must be [1,${4 * H}]`);
}

/** One LSTM step as a single fused op: x: [B, D], h, c: [B, H] → new h, c and the gates. */
export function lstmCell(x: Tensor, h: Tensor, c: Tensor, p: LstmParams): LstmState {
  checkShapes('lstmCell', x, h, c, p);
  const B = x.rows;
  const D = x.cols;
  const H = h.cols;
  const H4 = 4 * H;
  const K = H + D;
  // One output holds both results, h' in rows [0, B) and c' in rows [B, 2B), so the op has a single
  // gradient buffer; h' and c' are row views into it.
  const y = result('lstmCell', 2 * B, H, [x, h, c, p.W, p.b], lstmCellBackward);
  const gates = saved(B, H4);
  const a = gates.data;
  const bd = p.b.data;
  for (let r = 0; r < B; r++) for (let j = 0; j < H4; j++) a[r * H4 + j] = bd[j];
  gemmNT(B, H4, H, h.data, 0, H, p.W.data, 0, K, a, 0, H4);
  gemmNT(B, H4, D, x.data, 0, D, p.W.data, H, K, a, 0, H4);
  const cd = c.data;
  const yd = y.data;
  for (let r = 0; r < B; r++) {
    const o = r * H4;
    for (let j = 0; j < H; j++) {
      const i = sigma(a[o + j]);
      const f = sigma(a[o + H + j]);
      const g = Math.tanh(a[o + 2 * H + j]);
      const og = sigma(a[o + 3 * H + j]);
      a[o + j] = i;
      a[o + H + j] = f;
      a[o + 2 * H + j] = g;
      a[o + 3 * H + j] = og;
      const cNew = f * cd[r * H + j] + i * g;
      yd[(B + r) * H + j] = cNew;
      yd[r * H + j] = og * Math.tanh(cNew);
    }
  }
  y.saved = gates;
  return { h: rowsOf(y, 0, B), c: rowsOf(y, B, B), gates };
}

// Backward through h' = o ⊙ tanh(c') and c' = f ⊙ c + i ⊙ g, with dc̄ = ∂L/∂c' + ∂L/∂h' ⊙ o ⊙ (1 − tanh²c'):
//   do = ∂L/∂h' ⊙ tanh c',  di = dc̄ ⊙ g,  df = dc̄ ⊙ c,  dg = dc̄ ⊙ i,  ∂L/∂c += dc̄ ⊙ f
// then through the gate nonlinearities to dz: [B, 4H], and through z = W·[h; x] + b like a linear layer.
function lstmCellBackward(y: Tensor): void {
  const [x, h, c, W, b] = y.inputs;
  const B = x.rows;
  const D = x.cols;
  const H = h.cols;
  const H4 = 4 * H;
  const K = H + D;
  const gy = y.grad as Float64Array;
  const yd = y.data;
  const a = (y.saved as Tensor).data;
  const cd = c.data;
  const gc = c.grad;
  const dz = workspace(B * H4);
  for (let r = 0; r < B; r++) {
    const o = r * H4;
    for (let j = 0; j < H; j++) {
      const i = a[o + j];
      const f = a[o + H + j];
      const g = a[o + 2 * H + j];
      const og = a[o + 3 * H + j];
      const tc = Math.tanh(yd[(B + r) * H + j]);
      const dh = gy[r * H + j];
      const dc = gy[(B + r) * H + j] + dh * og * (1 - tc * tc);
      // Store the total ∂L/∂c' (including the path through h'), so c'.grad reads as it would in the
      // composed cell; every consumer of c' has already run its backward, so nothing else reads it.
      gy[(B + r) * H + j] = dc;
      dz[o + j] = dc * g * i * (1 - i);
      dz[o + H + j] = dc * cd[r * H + j] * f * (1 - f);
      dz[o + 2 * H + j] = dc * i * (1 - g * g);
      dz[o + 3 * H + j] = dh * tc * og * (1 - og);
      if (gc !== null) gc[r * H + j] += dc * f;
    }
  }
  const gb = b.grad;
  if (gb !== null) for (let r = 0; r < B; r++) for (let j = 0; j < H4; j++) gb[j] += dz[r * H4 + j];
  const gW = W.grad;
  if (gW !== null) {
    gemmTN(H4, H, B, dz, 0, H4, h.data, 0, H, gW, 0, K);
    gemmTN(H4, D, B, dz, 0, H4, x.data, 0, D, gW, H, K);
  }
  const gh = h.grad;
  if (gh !== null) gemmNN(B, H, H4, dz, 0, H4, W.data, 0, K, gh, 0, H);
  const gx = x.grad;
  if (gx !== null) gemmNN(B, D, H4, dz, 0, H4, W.data, H, K, gx, 0, D);
}

/** The same step from primitive ops: concat, matmul, slice, σ, tanh, ⊙ and +, one line per equation. */
export function lstmCellComposed(x: Tensor, h: Tensor, c: Tensor, p: LstmParams): LstmState {
  checkShapes('lstmCellComposed', x, h, c, p);
  const B = x.rows;
  const H = h.cols;
  const z = add(matmul(concat([h, x], 1), transpose(p.W)), p.b); // [B, 4H]
  const i = sigmoid(slice(z, 0, B, 0, H));
  const f = sigmoid(slice(z, 0, B, H, 2 * H));
  const g = tanh(slice(z, 0, B, 2 * H, 3 * H));
  const o = sigmoid(slice(z, 0, B, 3 * H, 4 * H));
  const cNew = add(mul(f, c), mul(i, g));
  const hNew = mul(o, tanh(cNew));
  return { h: hNew, c: cNew, gates: concat([i, f, g, o], 1) };
}
