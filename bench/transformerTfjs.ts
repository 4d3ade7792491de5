// The transformer workloads in TensorFlow.js ops (float32), written the way its users write them: tf.variableGrads inside tf.tidy.
import * as tf from '@tensorflow/tfjs';

/** Engine parameters by name ([out, in] weights, [1, n] biases), copied into tfjs variables of the same shapes. */
let made = 0; // tfjs variable names must be unique across the whole run

export function tfVariables(params: Record<string, { rows: number; cols: number; data: Float64Array }>) {
  const out: Record<string, tf.Variable> = {};
  made++;
  for (const [name, p] of Object.entries(params))
    out[name] = tf.variable(
      tf.tensor2d(Float32Array.from(p.data), [p.rows, p.cols]),
      true,
      `${name}#${made}`,
    );
  return out;
}

const K = Math.sqrt(2 / Math.PI);

function gelu(x: tf.Tensor): tf.Tensor {
  return tf.mul(tf.mul(x, 0.5), tf.add(1, tf.tanh(tf.mul(tf.add(x, tf.mul(tf.pow(x, 3), 0.044715)), K))));
}

function layerNorm(x: tf.Tensor, g: tf.Tensor, b: tf.Tensor): tf.Tensor {
  const { mean, variance } = tf.moments(x, -1, true);
  return tf.add(tf.mul(tf.mul(tf.sub(x, mean), tf.rsqrt(tf.add(variance, 1e-5))), g), b);
}

/** x·Wᵀ + b for W: [out, in]. */
function linear(x: tf.Tensor, W: tf.Tensor, b: tf.Tensor): tf.Tensor {
  return tf.add(tf.matMul(x as tf.Tensor2D, W as tf.Tensor2D, false, true), b);
}

/** Causal mask added to the scores: 0 on and below the diagonal, −1e9 above. */
export function causalBias(T: number): tf.Tensor {
  const m = new Float32Array(T * T);
  for (let i = 0; i < T; i++) for (let j = i + 1; j < T; j++) m[i * T + j] = -1e9;
  return tf.tensor2d(m, [T, T]);
}

/** One pre-LN block on x: [B·T, d], names like the engine's ('l0.attn.Wq', …). */
export function tfBlock(
  x: tf.Tensor,
  v: Record<string, tf.Variable>,
  l: number,
  B: number,
  T: number,
  H: number,
  mask: tf.Tensor,
): tf.Tensor {
  const d = x.shape[1] as number;
  const dh = d / H;
  const p = (k: string) => v[`l${l}.${k}`];
  const h = layerNorm(x, p('ln1.gamma'), p('ln1.beta'));
  const heads = (t: tf.Tensor) => tf.transpose(tf.reshape(t, [B, T, H, dh]), [0, 2, 1, 3]);
  const q = heads(linear(h, p('attn.Wq'), p('attn.bq')));
  const k = heads(linear(h, p('attn.Wk'), p('attn.bk')));
  const val = heads(linear(h, p('attn.Wv'), p('attn.bv')));
  const scores = tf.add(tf.div(tf.matMul(q, k, false, true), Math.sqrt(dh)), mask);
  const ctx = tf.reshape(tf.transpose(tf.matMul(tf.softmax(scores), val), [0, 2, 1, 3]), [B * T, d]);
  const a = tf.add(x, linear(ctx, p('attn.Wo'), p('attn.bo')));
  const m = linear(
    gelu(linear(layerNorm(a, p('ln2.gamma'), p('ln2.beta')), p('mlp.W1'), p('mlp.b1'))),
    p('mlp.W2'),
    p('mlp.b2'),
  );
  return tf.add(a, m);
}

/** Logits [B·T, V] of the tiny GPT (learned positions). */
export function tfGpt(
  v: Record<string, tf.Variable>,
  tokens: tf.Tensor1D,
  layers: number,
  B: number,
  T: number,
  H: number,
  mask: tf.Tensor,
): tf.Tensor {
  const d = v.tokenEmbedding.shape[1] as number;
  const pos = tf.slice(v.positionEmbedding, [0, 0], [T, d]);
  // one-hot · E rather than tf.gather: the WebAssembly backend has no kernel for gather's gradient
  // (UnsortedSegmentSum), and the same code then runs on both backends
  const embedded = tf.matMul(tf.oneHot(tokens, v.tokenEmbedding.shape[0] as number), v.tokenEmbedding);
  let x = tf.reshape(tf.add(tf.reshape(embedded, [B, T, d]), pos), [B * T, d]);
  for (let l = 0; l < layers; l++) x = tfBlock(x, v, l, B, T, H, mask);
  return linear(layerNorm(x, v['lnf.gamma'], v['lnf.beta']), v['head.W'], v['head.b']);
}

/** AdamW in tfjs: decoupled decay (θ ← θ(1 − lr·λ)) then tf.train.adam's step; tfjs has no AdamW of its own. */
export function tfAdamW(vars: tf.Variable[], lr: number, weightDecay: number) {
  const adam: tf.Optimizer = tf.train.adam(lr, 0.9, 0.999, 1e-8); // the base type takes the name → gradient map variableGrads returns
  return (grads: tf.NamedTensorMap) => {
    tf.tidy(() => {
      for (const x of vars) x.assign(tf.mul(x, 1 - lr * weightDecay));
    });
    adam.applyGradients(grads);
  };
}
