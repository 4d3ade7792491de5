// Where the time of one product's forward + backward goes (issue 14, the sizes below 6 GFLOP/s): the whole op
// through the tape, each of its three gemm calls, and inside a call the packing, the copies of c and the
// WebAssembly kernel alone. Run alone: `node bench/matmulProfile.ts [m k n …]` (default 64 64 64 1024 64 256).
import { resolve } from 'node:path';
import { matmul, param, setKernels, sum, Tape } from '../src/engine/index.ts';
import { gemmNN, gemmNT, gemmTN } from '../src/engine/kernels.ts';
import { packCols, packRows, padded, type Strided } from '../src/engine/kernels.pack.ts';
import { gemmWasmBase64 } from '../src/engine/wasm/gemm.wasm.ts';
import { measureAll } from './timing.ts';
import { values } from './workloads.ts';

interface Exports {
  memory: WebAssembly.Memory;
  gemmPacked(mPanels: number, nPanels: number, k: number, ap: number, bp: number, cp: number): void;
  heapBase(): number;
}

/** A private instance of the committed kernel, so its packed operands can be timed without the copies. */
function kernel(): Exports {
  const bytes = Uint8Array.from(atob(gemmWasmBase64), (ch) => ch.charCodeAt(0));
  return new WebAssembly.Instance(new WebAssembly.Module(bytes), {}).exports as unknown as Exports;
}

const row = (data: Float64Array, ld: number): Strided => ({ data, off: 0, rowStride: ld, colStride: 1 });
const col = (data: Float64Array, ld: number): Strided => ({ data, off: 0, rowStride: 1, colStride: ld });

/** One gemm call of shape c[m, n] += A[m, k]·B[k, n] split into its parts; A and B as the layout gives them. */
function parts(label: string, m: number, n: number, k: number, A: Strided, B: Strided, call: () => void) {
  const wasm = kernel();
  const m4 = padded(m);
  const n4 = padded(n);
  const base = Math.ceil(wasm.heapBase() / 16) * 2;
  const need = (base + m4 * k + n4 * k + m4 * n4) * 8;
  wasm.memory.grow(Math.ceil(Math.max(0, need - wasm.memory.buffer.byteLength) / 65536));
  const h = new Float64Array(wasm.memory.buffer);
  const ap = base;
  const bp = ap + m4 * k;
  const cp = bp + n4 * k;
  packRows(m, k, A, h, ap);
  packCols(k, n, B, h, bp);
  const c = new Float64Array(m * n);
  const copyC = () => {
    for (let i = 0; i < m4; i++) {
      const r = cp + i * n4;
      if (i < m) {
        for (let j = 0; j < n; j++) h[r + j] = c[i * n + j];
      } else h.fill(0, r, r + n4);
    }
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) c[i * n + j] = h[cp + i * n4 + j];
  };
  const [whole, packA, packB, copies, core] = measureAll(
    [
      call,
      () => packRows(m, k, A, h, ap),
      () => packCols(k, n, B, h, bp),
      copyC,
      () => wasm.gemmPacked(m4 / 4, n4 / 4, k, ap * 8, bp * 8, cp * 8),
    ],
    1000,
  );
  const gf = (ms: number) => ((2 * m * n * k) / (ms * 1e6)).toFixed(1);
  const us = (ms: number) => (ms * 1000).toFixed(1).padStart(7);
  console.log(
    `  ${label.padEnd(34)} call ${us(whole.median)} µs (${gf(whole.median)} GFLOP/s) = pack A ${us(packA.median)} + pack B ${us(
      packB.median,
    )} + c in/out ${us(copies.median)} + kernel ${us(core.median)} µs (${gf(core.median)} GFLOP/s)`,
  );
}

/** Prints the profile of loss = Σ A·B, fwd + bwd, at [m, k] · [k, n]. */
export function profileMatmul(m: number, k: number, n: number): void {
  setKernels('fast');
  const a = values(m * k, 6, 1);
  const b = values(k * n, 7, 1);
  const g = values(m * n, 8, 1);
  const A = param(m, k, a);
  const B = param(k, n, b);
  const tape = new Tape();
  const [op] = measureAll(
    [
      () => {
        A.zeroGrad();
        B.zeroGrad();
        tape.reset();
        const loss = tape.run(() => sum(matmul(A, B)));
        tape.backward(loss);
      },
    ],
    1000,
  );
  console.log(
    `\n${m}×${k}·${k}×${n}: the op fwd + bwd ${(op.median * 1000).toFixed(1)} µs (${((6 * m * k * n) / (op.median * 1e6)).toFixed(1)} GFLOP/s)`,
  );
  const c = new Float64Array(m * n);
  const dA = new Float64Array(m * k);
  const dB = new Float64Array(k * n);
  parts(`forward   NN c[${m},${n}] k=${k}`, m, n, k, row(a, k), row(b, n), () =>
    gemmNN(m, n, k, a, 0, k, b, 0, n, c, 0, n),
  );
  parts(`∂A = g·Bᵀ NT c[${m},${k}] k=${n}`, m, k, n, row(g, n), col(b, n), () =>
    gemmNT(m, k, n, g, 0, n, b, 0, n, dA, 0, k),
  );
  parts(`∂B = Aᵀ·g TN c[${k},${n}] k=${m}`, k, n, m, col(a, k), row(g, n), () =>
    gemmTN(k, n, m, a, 0, k, g, 0, n, dB, 0, n),
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === import.meta.filename) {
  const args = process.argv.slice(2).map(Number);
  const sizes = args.length >= 3 ? args : [64, 64, 64, 1024, 64, 256];
  for (let i = 0; i + 2 < sizes.length; i += 3) profileMatmul(sizes[i], sizes[i + 1], sizes[i + 2]);
}
