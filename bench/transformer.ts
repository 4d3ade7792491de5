// Benchmark section: one transformer block forward + backward and one full training step of the tiny GPT, on this engine, tfjs cpu and tfjs wasm.
import * as tf from '@tensorflow/tfjs';
import {
  AdamW,
  blockParams,
  crossEntropy,
  mul,
  param,
  Rng,
  sum,
  Tape,
  tensor,
  transformer,
  transformerBlock,
  type Tensor,
} from '../src/engine/index.ts';
import { measureAll, type Timing } from './timing.ts';
import { causalBias, tfAdamW, tfBlock, tfGpt, tfVariables } from './transformerTfjs.ts';
import { values } from './workloads.ts';

// The sizes of issue 14/15: batch 8, context 32, d = 48, 4 heads, MLP 4d, causal; the GPT has 2 layers.
const B = 8;
const T = 32;
const d = 48;
const H = 4;
const L = 2;
const V = 65; // a character vocabulary the size of a short English text's
const N = B * T;

// Multiply-adds counted ×2 as FLOPs, matrix products only. Forward of one block: Q, K, V, O projections
// (8·N·d²), the MLP (16·N·d²), QKᵀ and PV over the full T×T (4·B·T²·d). Backward ≈ 2× forward.
const blockForward = 24 * N * d * d + 4 * B * T * T * d;
const BLOCK_FLOP = 3 * blockForward;
const GPT_FLOP = 3 * (L * blockForward + 2 * N * d * V);

interface Contender {
  step: () => number;
}

function engineBlock(): Contender & { params: Record<string, Tensor> } {
  const p = blockParams(new Rng(1), d, 4 * d, 1);
  const x = param(N, d, values(N * d, 11, 1));
  const R = tensor(N, d, values(N * d, 12, 1));
  const leaves = [
    x,
    p.ln1.gamma,
    p.ln1.beta,
    p.ln2.gamma,
    p.ln2.beta,
    ...Object.values(p.attn),
    ...Object.values(p.mlp ?? {}),
  ];
  const tape = new Tape();
  const named: Record<string, Tensor> = { x };
  for (const [k, t] of Object.entries({
    ...prefixed('ln1', p.ln1),
    ...prefixed('ln2', p.ln2),
    ...prefixed('attn', p.attn),
    ...prefixed('mlp', p.mlp ?? {}),
  }))
    named[`l0.${k}`] = t;
  return {
    params: named,
    step: () => {
      for (const q of leaves) q.zeroGrad();
      tape.reset();
      const loss = tape.run(() =>
        sum(mul(transformerBlock(x, p, { batch: B, heads: H, causal: true }).output, R)),
      );
      tape.backward(loss);
      return loss.item();
    },
  };
}

function prefixed(prefix: string, o: object): Record<string, Tensor> {
  return Object.fromEntries(Object.entries(o).map(([k, t]) => [`${prefix}.${k}`, t as Tensor]));
}

function tfjsBlock(params: Record<string, Tensor>): Contender {
  const v = tfVariables(params);
  const R = tf.tensor2d(Float32Array.from(values(N * d, 12, 1)), [N, d]);
  const mask = causalBias(T);
  const vars = Object.values(v);
  return {
    step: () =>
      tf.tidy(() => {
        const { value, grads } = tf.variableGrads(
          () => tf.sum(tf.mul(tfBlock(v.x, v, 0, B, T, H, mask), R)) as tf.Scalar,
          vars,
        );
        for (const g of Object.values(grads)) g.dataSync();
        return value.dataSync()[0];
      }),
  };
}

/** Fixed batch of random tokens and next-token targets, shared by both implementations. */
const tokens = Array.from(values(N, 21, 0.5), (u) => Math.floor((u + 0.5) * V));
const targets = Array.from(values(N, 22, 0.5), (u) => Math.floor((u + 0.5) * V));
const gptConfig = { vocab: V, context: T, layers: L, d, heads: H, positions: 'learned' } as const;

function engineGpt(): Contender & { params: Record<string, Tensor> } {
  const m = transformer(new Rng(2), gptConfig);
  const params = Object.values(m.params);
  const opt = new AdamW(params, { lr: 1e-3, weightDecay: 0.01 });
  const tape = new Tape();
  const initial = Object.fromEntries(
    Object.entries(m.params).map(([k, t]) => [k, param(t.rows, t.cols, t.data)]),
  );
  return {
    params: initial,
    step: () => {
      opt.zeroGrad();
      tape.reset();
      const loss = tape.run(() => crossEntropy(m.forward(tokens, B).logits, targets));
      tape.backward(loss);
      opt.step();
      return loss.item();
    },
  };
}

function tfjsGpt(params: Record<string, Tensor>): Contender {
  const v = tfVariables(params);
  const vars = Object.values(v);
  const mask = causalBias(T);
  const ids = tf.tensor1d(tokens, 'int32');
  const oneHot = tf.oneHot(tf.tensor1d(targets, 'int32'), V);
  const update = tfAdamW(vars, 1e-3, 0.01);
  return {
    step: () =>
      tf.tidy(() => {
        const { value, grads } = tf.variableGrads(
          () => tf.losses.softmaxCrossEntropy(oneHot, tfGpt(v, ids, L, B, T, H, mask)) as tf.Scalar,
          vars,
        );
        update(grads);
        return value.dataSync()[0];
      }),
  };
}

const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(2));
const cell = (t: Timing) => `${fmt(t.median)} (${fmt(t.q1)}–${fmt(t.q3)})`;
const gflops = (flop: number, t: Timing) => (flop / (t.median * 1e6)).toFixed(2);

async function onBackend(name: 'cpu' | 'wasm'): Promise<void> {
  if (name === 'wasm') await import('@tensorflow/tfjs-backend-wasm');
  await tf.setBackend(name);
  await tf.ready();
}

/** Heap growth (after full GCs) over `n` steps, and for tfjs the live tensor count. */
function heapGrowth(step: () => number, n: number): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return 'skipped (run with node --expose-gc)';
  for (let i = 0; i < 20; i++) step();
  gc();
  const before = process.memoryUsage().heapUsed;
  const tensors = tf.memory().numTensors;
  for (let i = 0; i < n; i++) step();
  gc();
  const after = process.memoryUsage().heapUsed;
  return `Δ heap ${((after - before) / 1024).toFixed(0)} KiB over ${n} steps, Δ tfjs tensors ${tf.memory().numTensors - tensors}`;
}

/** Prints the transformer section of `npm run bench`. `heapSteps` = 0 skips the heap check. */
export async function transformerBench(heapSteps = 500): Promise<void> {
  console.log(
    `\nTransformer (batch ${B}, context ${T}, d ${d}, ${H} heads, MLP 4d, causal): median ms (IQR), GFLOP/s from ` +
      `${(BLOCK_FLOP / 1e6).toFixed(1)} MFLOP per block step and ${(GPT_FLOP / 1e6).toFixed(1)} MFLOP per GPT step.`,
  );
  const eb = engineBlock();
  const eg = engineGpt();
  const results: Record<
    string,
    { block: Timing; gpt: Timing; blockLoss: number; gptLoss: number; heap: string }
  > = {};
  const gptRef = engineGpt(); // a fresh copy for the loss comparison (eg keeps training)
  const refBlockLoss = eb.step();
  const refGptLoss = gptRef.step();
  const [tb, tg] = measureAll([eb.step, eg.step], 3000);
  results.engine = {
    block: tb,
    gpt: tg,
    blockLoss: refBlockLoss,
    gptLoss: refGptLoss,
    heap: heapSteps > 0 ? heapGrowth(eg.step, heapSteps) : '—',
  };
  for (const backend of ['cpu', 'wasm'] as const) {
    try {
      await onBackend(backend);
      const fb = tfjsBlock(eb.params);
      const fg = tfjsGpt(gptRef.params);
      const blockLoss = fb.step();
      const gptLoss = fg.step();
      const [b, g] = measureAll([fb.step, fg.step], 3000);
      results[`tfjs ${backend}`] = {
        block: b,
        gpt: g,
        blockLoss,
        gptLoss,
        heap: heapSteps > 0 ? heapGrowth(fg.step, heapSteps) : '—',
      };
    } catch (e) {
      console.log(`tfjs ${backend}: ${(e as Error).message}`);
    }
  }
  const e = results.engine;
  const rows = Object.entries(results).map(([name, r]) => [
    name,
    cell(r.block),
    gflops(BLOCK_FLOP, r.block),
    `${(r.block.median / e.block.median).toFixed(2)}×`,
    cell(r.gpt),
    gflops(GPT_FLOP, r.gpt),
    `${(r.gpt.median / e.gpt.median).toFixed(2)}×`,
    `${Math.abs(r.blockLoss - e.blockLoss).toExponential(1)} / ${Math.abs(r.gptLoss - e.gptLoss).toExponential(1)}`,
    r.heap,
  ]);
  const header = [
    '',
    'block fwd+bwd',
    'GFLOP/s',
    'vs engine',
    'GPT train step',
    'GFLOP/s',
    'vs engine',
    'loss Δ (block / GPT)',
    'heap (GPT step)',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((n) => '-'.repeat(n + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log(
    '"vs engine": time relative to the engine (above 1× = the engine is faster). Targets (issue 14): block ≥ 3× vs tfjs wasm.',
  );
  await tf.setBackend('cpu');
}

if (import.meta.main) await transformerBench(Number(process.argv[2] ?? 500));
