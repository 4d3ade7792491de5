// The tanh RNN workloads as plain loops with manual backpropagation through time: the floor an engine is measured against.
import { type RnnWorkload, values } from './workloads.ts';

// Same parameters and inputs as the engine (row-major Wxh: [H, D], Whh: [H, H], b: [H]); every buffer is
// allocated once, so a call does arithmetic only.
export function handwrittenRnn(w: RnnWorkload): { step: () => number; grads: () => Float64Array[] } {
  const { D, H, T } = w;
  const Wxh = values(H * D, 1, 0.3);
  const Whh = values(H * H, 2, 0.3);
  const b = values(H, 3, 0.1);
  const xs = new Float64Array(T * D);
  for (let t = 0; t < T; t++) xs.set(values(D, 100 + t, 1), t * D);
  const hs = new Float64Array((T + 1) * H); // hs[0] = h_0 = 0, hs[t + 1] = h_t
  const dWxh = new Float64Array(H * D);
  const dWhh = new Float64Array(H * H);
  const db = new Float64Array(H);
  const dhNext = new Float64Array(H);
  const dz = new Float64Array(H);
  const step = () => {
    let loss = 0;
    for (let t = 0; t < T; t++) {
      const hp = t * H;
      const hn = hp + H;
      const xo = t * D;
      for (let i = 0; i < H; i++) {
        let z = b[i];
        for (let j = 0; j < D; j++) z += Wxh[i * D + j] * xs[xo + j];
        for (let j = 0; j < H; j++) z += Whh[i * H + j] * hs[hp + j];
        const h = Math.tanh(z);
        hs[hn + i] = h;
        loss += h;
      }
    }
    dWxh.fill(0);
    dWhh.fill(0);
    db.fill(0);
    dhNext.fill(0);
    for (let t = T - 1; t >= 0; t--) {
      const hp = t * H;
      const hn = hp + H;
      const xo = t * D;
      for (let i = 0; i < H; i++) {
        const h = hs[hn + i];
        dz[i] = (1 + dhNext[i]) * (1 - h * h); // ∂L/∂h_t = 1 (from the loss) + what flows back from t + 1
      }
      dhNext.fill(0);
      for (let i = 0; i < H; i++) {
        const d = dz[i];
        db[i] += d;
        for (let j = 0; j < D; j++) dWxh[i * D + j] += d * xs[xo + j];
        for (let j = 0; j < H; j++) {
          dWhh[i * H + j] += d * hs[hp + j];
          dhNext[j] += d * Whh[i * H + j];
        }
      }
    }
    return loss;
  };
  return { step, grads: () => [dWxh, dWhh, db] };
}
