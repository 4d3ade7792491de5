// The workloads on this engine: fused cells on a reused tape (the way a widget or the trainer runs them).
import {
  addN,
  lstmCell,
  matmul,
  param,
  rnnCell,
  sum,
  Tape,
  type Tensor,
  tensor,
} from '../src/engine/index.ts';
import { MATMUL_N, type RnnWorkload, values } from './workloads.ts';

/** One forward + backward of the workload per call; returns the step function and the gradients to compare. */
export function engineStep(w: RnnWorkload): { step: () => number; grads: () => Float64Array[] } {
  const { D, H, T } = w;
  const xs = Array.from({ length: T }, (_, t) => tensor(1, D, values(D, 100 + t, 1)));
  const tape = new Tape();
  if (w.kind === 'rnn') {
    const p = {
      Wxh: param(H, D, values(H * D, 1, 0.3)),
      Whh: param(H, H, values(H * H, 2, 0.3)),
      b: param(1, H, values(H, 3, 0.1)),
    };
    const h0 = tensor(1, H);
    const params = [p.Wxh, p.Whh, p.b];
    const step = () => {
      for (const q of params) q.zeroGrad();
      tape.reset();
      const loss = tape.run(() => {
        let h = h0;
        const hs: Tensor[] = [];
        for (let t = 0; t < T; t++) {
          h = rnnCell(xs[t], h, p);
          hs.push(h);
        }
        return sum(addN(hs));
      });
      tape.backward(loss);
      return loss.item();
    };
    return { step, grads: () => params.map((q) => q.grad as Float64Array) };
  }
  const p = {
    W: param(4 * H, H + D, values(4 * H * (H + D), 4, 0.2)),
    b: param(1, 4 * H, values(4 * H, 5, 0.1)),
  };
  const zero = tensor(1, H);
  const params = [p.W, p.b];
  const step = () => {
    for (const q of params) q.zeroGrad();
    tape.reset();
    const loss = tape.run(() => {
      let h = zero;
      let c = zero;
      const hs: Tensor[] = [];
      for (let t = 0; t < T; t++) {
        const s = lstmCell(xs[t], h, c, p);
        h = s.h;
        c = s.c;
        hs.push(h);
      }
      return sum(addN(hs));
    });
    tape.backward(loss);
    return loss.item();
  };
  return { step, grads: () => params.map((q) => q.grad as Float64Array) };
}

export function engineMatmul(): () => number {
  const n = MATMUL_N;
  const A = param(n, n, values(n * n, 6, 1));
  const B = param(n, n, values(n * n, 7, 1));
  const tape = new Tape();
  return () => {
    A.zeroGrad();
    B.zeroGrad();
    tape.reset();
    const loss = tape.run(() => sum(matmul(A, B)));
    tape.backward(loss);
    return loss.item();
  };
}
