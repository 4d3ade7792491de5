// The workloads on TensorFlow.js (CPU backend): tf.variableGrads inside tf.tidy, the way its users write a training step.
import * as tf from '@tensorflow/tfjs';
import { MATMUL_N, type RnnWorkload, values } from './workloads.ts';

// tfjs computes in float32; weights are stored transposed ([D, H]) because tfjs multiplies row vectors.
function transposed(v: Float64Array, rows: number, cols: number): Float32Array {
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = v[r * cols + c];
  return out;
}

export async function useCpuBackend(): Promise<void> {
  await tf.setBackend('cpu');
  await tf.ready();
}

export function tfjsStep(w: RnnWorkload): { step: () => number; grads: () => Float32Array[] } {
  const { D, H, T } = w;
  const xs = Array.from({ length: T }, (_, t) =>
    tf.tensor2d(Float32Array.from(values(D, 100 + t, 1)), [1, D]),
  );
  let last: Float32Array[] = []; // gradients of the last step, in the engine's layout
  if (w.kind === 'rnn') {
    const Wxh = tf.variable(tf.tensor2d(transposed(values(H * D, 1, 0.3), H, D), [D, H]));
    const Whh = tf.variable(tf.tensor2d(transposed(values(H * H, 2, 0.3), H, H), [H, H]));
    const b = tf.variable(tf.tensor2d(Float32Array.from(values(H, 3, 0.1)), [1, H]));
    const h0 = tf.zeros([1, H]);
    const f = (): tf.Scalar => {
      let h: tf.Tensor = h0;
      let loss: tf.Tensor = tf.scalar(0);
      for (let t = 0; t < T; t++) {
        h = tf.tanh(tf.add(tf.add(tf.matMul(xs[t], Wxh), tf.matMul(h, Whh)), b));
        loss = tf.add(loss, tf.sum(h));
      }
      return loss as tf.Scalar;
    };
    const step = () =>
      tf.tidy(() => {
        const { value, grads } = tf.variableGrads(f, [Wxh, Whh, b]);
        const [gx, gh, gb] = [grads[Wxh.name], grads[Whh.name], grads[b.name]].map(
          (g) => g.dataSync() as Float32Array,
        );
        last = [transposed(Float64Array.from(gx), D, H), transposed(Float64Array.from(gh), H, H), gb];
        return value.dataSync()[0];
      });
    return { step, grads: () => last };
  }
  // tf.basicLSTMCell takes kernel: [D + H, 4H] on [x, h], gate order i, j(=g), f, o, and adds forgetBias to f.
  const W = values(4 * H * (H + D), 4, 0.2); // engine layout: [4H, H+D] on [h; x], gates i, f, g, o
  const bias = values(4 * H, 5, 0.1);
  const gateOrder = [0, 2, 1, 3]; // tfjs gate k uses engine gate gateOrder[k]
  const kernel = new Float32Array((D + H) * 4 * H);
  const biasTf = new Float32Array(4 * H);
  for (let k = 0; k < 4; k++) {
    const g = gateOrder[k];
    for (let u = 0; u < H; u++) {
      const row = g * H + u;
      const col = k * H + u;
      biasTf[col] = bias[row];
      for (let j = 0; j < D; j++) kernel[j * 4 * H + col] = W[row * (H + D) + H + j];
      for (let j = 0; j < H; j++) kernel[(D + j) * 4 * H + col] = W[row * (H + D) + j];
    }
  }
  const K = tf.variable(tf.tensor2d(kernel, [D + H, 4 * H]));
  const bv = tf.variable(tf.tensor1d(biasTf));
  const zero = tf.zeros([1, H]) as tf.Tensor2D;
  const forgetBias = tf.scalar(0);
  const f = (): tf.Scalar => {
    let h = zero;
    let c = zero;
    let loss: tf.Tensor = tf.scalar(0);
    for (let t = 0; t < T; t++) {
      [c, h] = tf.basicLSTMCell(forgetBias, K, bv, xs[t] as tf.Tensor2D, c, h);
      loss = tf.add(loss, tf.sum(h));
    }
    return loss as tf.Scalar;
  };
  const step = () =>
    tf.tidy(() => {
      const { value, grads } = tf.variableGrads(f, [K, bv]);
      const gK = grads[K.name].dataSync();
      const gb = grads[bv.name].dataSync();
      const gW = new Float32Array(4 * H * (H + D));
      const gBias = new Float32Array(4 * H);
      for (let k = 0; k < 4; k++) {
        for (let u = 0; u < H; u++) {
          const row = gateOrder[k] * H + u;
          const col = k * H + u;
          gBias[row] = gb[col];
          for (let j = 0; j < D; j++) gW[row * (H + D) + H + j] = gK[j * 4 * H + col];
          for (let j = 0; j < H; j++) gW[row * (H + D) + j] = gK[(D + j) * 4 * H + col];
        }
      }
      last = [gW, gBias]; // back in the engine's layout, for the gradient check
      return value.dataSync()[0];
    });
  return { step, grads: () => last };
}

export function tfjsMatmul(): () => number {
  const n = MATMUL_N;
  const A = tf.variable(tf.tensor2d(Float32Array.from(values(n * n, 6, 1)), [n, n]));
  const B = tf.variable(tf.tensor2d(Float32Array.from(values(n * n, 7, 1)), [n, n]));
  return () =>
    tf.tidy(() => {
      const { value, grads } = tf.variableGrads(() => tf.sum(tf.matMul(A, B)) as tf.Scalar, [A, B]);
      grads[A.name].dataSync();
      return value.dataSync()[0];
    });
}
