// The matmul section of npm run bench: forward + backward of one product at transformer sizes, on this engine's kernels and on TensorFlow.js (CPU and WebAssembly).
// Run alone: `node bench/matmul.ts`.
import { resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { matmul, param, setKernels, sum, Tape } from '../src/engine/index.ts';
import { activeKernel, type KernelChoice } from '../src/engine/kernels.ts';
import { corePeakGflops } from './corePeak.ts';
import { measureAll, type Timing } from './timing.ts';
import { values } from './workloads.ts';

/** [m, k, n]: A [m, k] · B [k, n]. */
export const MATMUL_SIZES: [number, number, number][] = [
  [64, 64, 64],
  [128, 128, 128],
  [256, 256, 256],
  [512, 64, 192],
  [1024, 64, 256],
];

/** Forward (m·k·n multiply-adds) plus the two backward products: 3 products of 2·m·k·n flops. */
const flops = (m: number, k: number, n: number) => 6 * m * k * n;

/** loss = Σ (A·B), then ∂loss/∂A and ∂loss/∂B, on the engine with the given kernels; returns loss. */
function engineProduct(m: number, k: number, n: number, kernels: KernelChoice): () => number {
  const A = param(m, k, values(m * k, 6, 1));
  const B = param(k, n, values(k * n, 7, 1));
  const tape = new Tape();
  return () => {
    const before = setKernels(kernels);
    A.zeroGrad();
    B.zeroGrad();
    tape.reset();
    const loss = tape.run(() => sum(matmul(A, B)));
    tape.backward(loss);
    setKernels(before);
    return loss.item();
  };
}

/** The same on the current tfjs backend: tf.variableGrads inside tidy, reading both gradients back. */
function tfjsProduct(m: number, k: number, n: number): () => number {
  const A = tf.variable(tf.tensor2d(Float32Array.from(values(m * k, 6, 1)), [m, k]));
  const B = tf.variable(tf.tensor2d(Float32Array.from(values(k * n, 7, 1)), [k, n]));
  return () =>
    tf.tidy(() => {
      const { value, grads } = tf.variableGrads(() => tf.sum(tf.matMul(A, B)) as tf.Scalar, [A, B]);
      grads[A.name].dataSync();
      grads[B.name].dataSync();
      return value.dataSync()[0];
    });
}

/** Times the tfjs product on one backend (tfjs switches backends asynchronously, so they cannot interleave). */
async function tfjsTimings(backend: 'cpu' | 'wasm'): Promise<Timing[]> {
  await tf.setBackend(backend);
  await tf.ready();
  const out: Timing[] = [];
  for (const [m, k, n] of MATMUL_SIZES) {
    const [t] = measureAll([tfjsProduct(m, k, n)], 1000);
    out.push(t);
  }
  tf.disposeVariables();
  return out;
}

const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms.toFixed(2));
const gflops = (m: number, k: number, n: number, t: Timing) => (flops(m, k, n) / (t.median * 1e6)).toFixed(1);

/** Prints the matmul table: median ms (GFLOP/s) per implementation, and the ratios the issue sets targets on. */
export async function matmulSection(): Promise<void> {
  console.log(
    `\nMatmul forward + backward (loss = Σ A·B, gradients of A and B), median ms (GFLOP/s at 6·m·k·n flops).` +
      ` Engine fast = ${activeKernel()} kernel; float64. tfjs: float32.`,
  );
  const engine = MATMUL_SIZES.map(([m, k, n]) =>
    measureAll([
      engineProduct(m, k, n, 'fast'),
      engineProduct(m, k, n, 'typescript'),
      engineProduct(m, k, n, 'reference'),
    ]),
  );
  const cpu = await tfjsTimings('cpu');
  const wasm = await tfjsTimings('wasm');
  await tf.setBackend('cpu');
  const header = [
    'size',
    'engine fast',
    'engine TS blocked',
    'engine reference',
    'tfjs cpu',
    'tfjs wasm',
    'wasm/fast',
    'reference/fast',
  ];
  const rows = MATMUL_SIZES.map(([m, k, n], i) => {
    const cell = (t: Timing) => `${fmt(t.median)} (${gflops(m, k, n, t)})`;
    const [fast, ts, ref] = engine[i];
    return [
      `${m}×${k}·${k}×${n}`,
      cell(fast),
      cell(ts),
      cell(ref),
      cell(cpu[i]),
      cell(wasm[i]),
      `${(wasm[i].median / fast.median).toFixed(2)}×`,
      `${(ref.median / fast.median).toFixed(2)}×`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log('Target: wasm/fast ≥ 2× at every size (engine fast ≥ 6 GFLOP/s).');
  const peak = await corePeakGflops();
  console.log(
    `This core's limit for float64 WebAssembly SIMD (independent f64x2 mul and add in registers): ${peak.toFixed(1)} GFLOP/s.`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === import.meta.filename) await matmulSection();
