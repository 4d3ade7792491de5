// Multi-head self-attention over [B·T, d] rows (Vaswani et al. 2017, §3.2.2): one fused op with a hand-written backward that keeps the attention probabilities.
import { fmtShape, shapeError } from '../errors.ts';
import { gemmNN, gemmNT, gemmTN, workspace } from '../kernels.ts';
import { result, saved } from '../tape.ts';
import type { Tensor } from '../tensor.ts';

//   Q = x·Wqᵀ + bq,  K = x·Wkᵀ + bk,  V = x·Wvᵀ + bv                      [B·T, d] each
//   per sequence b and head h (columns h·d_h … (h+1)·d_h):
//     P_bh = softmax(Q_bh K_bhᵀ / √d_h + mask)                         [T, T]
//     C_bh = P_bh V_bh                                                 [T, d_h]
//   y = C·Woᵀ + bo, with C the heads side by side                      [B·T, d]

/** Weights stored [out, in] like `linear`: Wq, Wk, Wv, Wo: [d, d]; biases [1, d]. */
export interface MultiHeadParams {
  Wq: Tensor;
  bq: Tensor;
  Wk: Tensor;
  bk: Tensor;
  Wv: Tensor;
  bv: Tensor;
  Wo: Tensor;
  bo: Tensor;
}

export interface MultiHeadOptions {
  /** Number of sequences B; x has B·T rows. */
  batch: number;
  /** Number of heads; d must be a multiple of it. */
  heads: number;
  /** Position i attends only to positions ≤ i (a decoder's mask). */
  causal?: boolean;
}

export interface MultiHeadResult {
  /** [B·T, d] */
  output: Tensor;
  /**
   * [B·H·T, T], the attention probabilities: row (b·H + h)·T + i is query i of sequence b in head h, a
   * distribution over the T keys (exactly 0 at masked keys).
   */
  weights: Tensor;
}

/** Checks the shapes and returns [T, d_h]. */
export function checkMultiHead(
  op: string,
  x: Tensor,
  p: MultiHeadParams,
  o: MultiHeadOptions,
): [number, number] {
  const { batch: B, heads: H } = o;
  const d = x.cols;
  if (!Number.isInteger(B) || B < 1 || x.rows % B !== 0)
    throw new Error(`${op}: x ${fmtShape(x)} does not split into ${B} sequences of equal length`);
  if (!Number.isInteger(H) || H < 1 || d % H !== 0)
    throw new Error(`${op}: d = ${d} does not split into ${H} heads of equal width`);
  for (const [name, W] of [
    ['Wq', p.Wq],
    ['Wk', p.Wk],
    ['Wv', p.Wv],
    ['Wo', p.Wo],
  ] as const) {
    if (W.rows !== d || W.cols !== d) throw shapeError(op, W, x, `${name} must be [${d},${d}]`);
  }
  for (const [name, b] of [
    ['bq', p.bq],
    ['bk', p.bk],
    ['bv', p.bv],
    ['bo', p.bo],
  ] as const) {
    if (b.rows !== 1 || b.cols !== d) throw shapeError(op, b, x, `${name} must be [1,${d}]`);
  }
  return [x.rows / B, d / H];
}

/** y = x·Wᵀ + b into out at offset off ([N, d] rows, leading dimension d). */
function project(
  x: Float64Array,
  W: Tensor,
  b: Tensor,
  N: number,
  d: number,
  out: Float64Array,
  off: number,
): void {
  const bd = b.data;
  for (let r = 0; r < N; r++) for (let j = 0; j < d; j++) out[off + r * d + j] = bd[j];
  gemmNT(N, d, d, x, 0, d, W.data, 0, d, out, off, d);
}

/** Self-attention of each of B sequences with itself, `heads` heads, as one op. x: [B·T, d]. */
export function multiHeadAttention(x: Tensor, p: MultiHeadParams, o: MultiHeadOptions): MultiHeadResult {
  const [T, dh] = checkMultiHead('multiHeadAttention', x, p, o);
  const { batch: B, heads: H } = o;
  const causal = o.causal === true;
  const N = x.rows;
  const d = x.cols;
  const nd = N * d;
  const y = result('multiHeadAttention', N, d, [x, p.Wq, p.bq, p.Wk, p.bk, p.Wv, p.bv, p.Wo, p.bo], (out) =>
    multiHeadBackward(out, buf, weights, B, H, T, causal),
  );
  // buf: Q, K, V and C stacked by rows, [4·B·T, d]; the backward reads all four.
  const buf = saved(4 * N, d);
  const weights = saved(B * H * T, T);
  const q = buf.data;
  const P = weights.data;
  const xd = x.data;
  project(xd, p.Wq, p.bq, N, d, q, 0);
  project(xd, p.Wk, p.bk, N, d, q, nd);
  project(xd, p.Wv, p.bv, N, d, q, 2 * nd);
  q.fill(0, 3 * nd, 4 * nd);
  P.fill(0);
  const s = 1 / Math.sqrt(dh);
  for (let b = 0; b < B; b++) {
    for (let h = 0; h < H; h++) {
      const at = b * T * d + h * dh; // first element of this (sequence, head) block in Q, K, V and C
      const po = (b * H + h) * T * T;
      gemmNT(T, T, dh, q, at, d, q, nd + at, d, P, po, T);
      for (let i = 0; i < T; i++) {
        const r = po + i * T;
        const n = causal ? i + 1 : T; // keys this query may see
        let m = Number.NEGATIVE_INFINITY;
        for (let j = 0; j < n; j++) {
          P[r + j] *= s;
          if (P[r + j] > m) m = P[r + j];
        }
        let z = 0;
        for (let j = 0; j < n; j++) {
          const e = Math.exp(P[r + j] - m);
          P[r + j] = e;
          z += e;
        }
        for (let j = 0; j < n; j++) P[r + j] /= z;
        for (let j = n; j < T; j++) P[r + j] = 0;
      }
      gemmNN(T, dh, T, P, po, T, q, 2 * nd + at, d, q, 3 * nd + at, d);
    }
  }
  project(q.subarray(3 * nd, 4 * nd), p.Wo, p.bo, N, d, y.data, 0);
  return { output: y, weights };
}

// Backward, from g = ∂L/∂y:
//   ∂Wo += gᵀC, ∂bo += Σ g, ∂C = g·Wo
//   per (b, h): ∂P = ∂C_bh V_bhᵀ, ∂V_bh += P_bhᵀ ∂C_bh,
//              ∂S = P ⊙ (∂P − rowsum(∂P ⊙ P)) / √d_h   (softmax's Jacobian; 0 at masked keys since P = 0)
//              ∂Q_bh += ∂S K_bh, ∂K_bh += ∂Sᵀ Q_bh
//   for each of Q, K, V with weights W: ∂W += ∂·ᵀ x, ∂b += Σ ∂, ∂x += ∂·W
function multiHeadBackward(
  y: Tensor,
  buf: Tensor,
  weights: Tensor,
  B: number,
  H: number,
  T: number,
  causal: boolean,
): void {
  const [x, Wq, bq, Wk, bk, Wv, bv, Wo, bo] = y.inputs;
  const N = y.rows;
  const d = y.cols;
  const nd = N * d;
  const dh = d / H;
  const s = 1 / Math.sqrt(dh);
  const gy = y.grad as Float64Array;
  const q = buf.data;
  const P = weights.data;
  // ws: ∂C, ∂Q, ∂K, ∂V ([N, d] each), then ∂P/∂S for one (b, h) block [T, T]
  const ws = workspace(4 * nd + T * T);
  ws.fill(0, 0, 4 * nd);
  const gS = 4 * nd;
  const gWo = Wo.grad;
  if (gWo !== null) gemmTN(d, d, N, gy, 0, d, q, 3 * nd, d, gWo, 0, d);
  addColumnSums(bo.grad, gy, 0, N, d);
  gemmNN(N, d, d, gy, 0, d, Wo.data, 0, d, ws, 0, d);
  for (let b = 0; b < B; b++) {
    for (let h = 0; h < H; h++) {
      const at = b * T * d + h * dh;
      const po = (b * H + h) * T * T;
      ws.fill(0, gS, gS + T * T);
      gemmNT(T, T, dh, ws, at, d, q, 2 * nd + at, d, ws, gS, T);
      gemmTN(T, dh, T, P, po, T, ws, at, d, ws, 3 * nd + at, d);
      for (let i = 0; i < T; i++) {
        const r = i * T;
        const n = causal ? i + 1 : T;
        let dot = 0;
        for (let j = 0; j < n; j++) dot += ws[gS + r + j] * P[po + r + j];
        for (let j = 0; j < n; j++) ws[gS + r + j] = P[po + r + j] * (ws[gS + r + j] - dot) * s;
        for (let j = n; j < T; j++) ws[gS + r + j] = 0;
      }
      gemmNN(T, dh, T, ws, gS, T, q, nd + at, d, ws, nd + at, d);
      gemmTN(T, dh, T, ws, gS, T, q, at, d, ws, 2 * nd + at, d);
    }
  }
  const xd = x.data;
  const gx = x.grad;
  const projections = [
    [Wq, bq],
    [Wk, bk],
    [Wv, bv],
  ] as const;
  projections.forEach(([W, bias], k) => {
    const off = (k + 1) * nd;
    const gW = W.grad;
    if (gW !== null) gemmTN(d, d, N, ws, off, d, xd, 0, d, gW, 0, d);
    addColumnSums(bias.grad, ws, off, N, d);
    if (gx !== null) gemmNN(N, d, d, ws, off, d, W.data, 0, d, gx, 0, d);
  });
}

/** gb[j] += Σ_r g[off + r·d + j]. */
function addColumnSums(gb: Float64Array | null, g: Float64Array, off: number, N: number, d: number): void {
  if (gb === null) return;
  for (let r = 0; r < N; r++) for (let j = 0; j < d; j++) gb[j] += g[off + r * d + j];
}
