// The vanilla RNN cell h' = φ(Wxh·x + Whh·h + b): a fused op with a hand-written backward, and the same cell composed from primitive ops.
import { shapeError } from '../errors.ts';
import { glorotUniform, orthogonal, zeros } from '../init/initializers.ts';
import { recurrentWeights } from '../init/spectral.ts';
import { gemmNN, gemmNT, gemmTN, workspace } from '../kernels.ts';
import { relu, sigma, sigmoid, tanh } from '../ops/activations.ts';
import { add } from '../ops/elementwise.ts';
import { matmul, transpose } from '../ops/matmul.ts';
import type { Rng } from '../rng.ts';
import { result } from '../tape.ts';
import type { Tensor } from '../tensor.ts';

/** The nonlinearity φ of a vanilla RNN. */
export type Activation = 'tanh' | 'relu' | 'linear' | 'sigmoid';

/** Wxh: [H, D], Whh: [H, H], b: [1, H]; rows of x and h are batch elements (x: [B, D], h: [B, H]). */
export interface RnnParams {
  Wxh: Tensor;
  Whh: Tensor;
  b: Tensor;
}

export interface RnnInit {
  /** Spectral radius of Whh (see recurrentWeights); when omitted Whh is orthogonal (Saxe et al. 2014). */
  radius?: number;
}

/** Wxh Glorot-uniform, Whh orthogonal or scaled to a spectral radius, b zero. */
export function rnnParams(rng: Rng, D: number, H: number, init: RnnInit = {}): RnnParams {
  return {
    Wxh: glorotUniform(rng, H, D),
    Whh: init.radius === undefined ? orthogonal(rng, H, H) : recurrentWeights(rng, H, init.radius),
    b: zeros(1, H),
  };
}

const CODES: Record<Activation, number> = { tanh: 0, relu: 1, linear: 2, sigmoid: 3 };

function checkShapes(op: string, x: Tensor, h: Tensor, p: RnnParams): void {
  const H = p.Whh.rows;
  if (p.Whh.cols !== H) throw shapeError(op, p.Whh, p.Whh, 'Whh must be square');
  if (p.Wxh.rows !== H) throw shapeError(op, p.Wxh, p.Whh, `Wxh and Whh need the same number of rows (H)`);
  if (x.cols !== p.Wxh.cols)
    throw shapeError(op, x, p.Wxh, `x has ${x.cols} features, Wxh expects ${p.Wxh.cols}`);
  if (h.cols !== H || h.rows !== x.rows)
    throw shapeError(op, h, x, `h must be [${x.rows},${H}] (batch of x, hidden size H)`);
  if (p.b.rows !== 1 || p.b.cols !== H) throw shapeError(op, p.b, p.Whh, `b must be [1,${H}]`);
}

/** One step h' = φ(x·Wxhᵀ + h·Whhᵀ + b) as a single fused op: [B, D], [B, H] → [B, H]. */
export function rnnCell(x: Tensor, h: Tensor, p: RnnParams, activation: Activation = 'tanh'): Tensor {
  checkShapes('rnnCell', x, h, p);
  const B = x.rows;
  const D = x.cols;
  const H = h.cols;
  const y = result('rnnCell', B, H, [x, h, p.Wxh, p.Whh, p.b], rnnCellBackward);
  const act = CODES[activation];
  y.aux = act;
  const yd = y.data;
  const bd = p.b.data;
  for (let r = 0; r < B; r++) for (let j = 0; j < H; j++) yd[r * H + j] = bd[j];
  gemmNT(B, H, D, x.data, 0, D, p.Wxh.data, 0, D, yd, 0, H);
  gemmNT(B, H, H, h.data, 0, H, p.Whh.data, 0, H, yd, 0, H);
  if (act === 0) for (let i = 0; i < yd.length; i++) yd[i] = Math.tanh(yd[i]);
  else if (act === 1) for (let i = 0; i < yd.length; i++) yd[i] = Math.max(yd[i], 0);
  else if (act === 3) for (let i = 0; i < yd.length; i++) yd[i] = sigma(yd[i]);
  return y;
}

// With z the pre-activation and dz = ∂L/∂h' ⊙ φ'(z) (φ' written in terms of h' itself):
// ∂L/∂Wxh += dzᵀx, ∂L/∂Whh += dzᵀh, ∂L/∂b += Σ_rows dz, ∂L/∂x += dz·Wxh, ∂L/∂h += dz·Whh.
function rnnCellBackward(y: Tensor): void {
  const [x, h, Wxh, Whh, b] = y.inputs;
  const B = y.rows;
  const H = y.cols;
  const D = x.cols;
  const gy = y.grad as Float64Array;
  const yd = y.data;
  const dz = workspace(B * H);
  const act = y.aux;
  for (let i = 0; i < B * H; i++) {
    const v = yd[i];
    const d = act === 0 ? 1 - v * v : act === 1 ? (v > 0 ? 1 : 0) : act === 3 ? v * (1 - v) : 1;
    dz[i] = gy[i] * d;
  }
  const gb = b.grad;
  if (gb !== null) for (let r = 0; r < B; r++) for (let j = 0; j < H; j++) gb[j] += dz[r * H + j];
  const gWxh = Wxh.grad;
  if (gWxh !== null) gemmTN(H, D, B, dz, 0, H, x.data, 0, D, gWxh, 0, D);
  const gWhh = Whh.grad;
  if (gWhh !== null) gemmTN(H, H, B, dz, 0, H, h.data, 0, H, gWhh, 0, H);
  const gx = x.grad;
  if (gx !== null) gemmNN(B, D, H, dz, 0, H, Wxh.data, 0, D, gx, 0, D);
  const gh = h.grad;
  if (gh !== null) gemmNN(B, H, H, dz, 0, H, Whh.data, 0, H, gh, 0, H);
}

/** The same step built from primitive ops (matmul, transpose, add, φ): slower, but every line is the equation. */
export function rnnCellComposed(x: Tensor, h: Tensor, p: RnnParams, activation: Activation = 'tanh'): Tensor {
  checkShapes('rnnCellComposed', x, h, p);
  const z = add(add(matmul(x, transpose(p.Wxh)), matmul(h, transpose(p.Whh))), p.b);
  if (activation === 'tanh') return tanh(z);
  if (activation === 'relu') return relu(z);
  if (activation === 'sigmoid') return sigmoid(z);
  return z;
}
