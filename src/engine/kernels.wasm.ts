// The WebAssembly SIMD matrix product: loads the compiled kernel (wasm/gemm.wasm.ts) once, copies operands into its memory packed, and adds the result into c.

// The engine's tensors live on the JS heap, so each call copies A and B in (packed, as
// kernels.pack.ts lays them out) and the [m, n] block of c in and back: O(mk + kn + mn) copies for
// O(mnk) multiply-adds, which is why kernels.ts sends only large enough products here.
import { packCols, packRows, padded, type Strided } from './kernels.pack.ts';
import { gemmWasmBase64 } from './wasm/gemm.wasm.ts';

interface GemmExports {
  memory: WebAssembly.Memory;
  gemmPacked(mPanels: number, nPanels: number, k: number, ap: number, bp: number, cp: number): void;
  heapBase(): number;
}

const PAGE = 65536;

let kernel: GemmExports | null | undefined; // undefined: not tried yet; null: unavailable here
let heap = new Float64Array(0);
let base = 0; // first double of the engine's area in heap

function decode(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  return bytes;
}

/**
 * Compiles and instantiates the kernel synchronously (it is 620 bytes, far below the limit browsers
 * put on synchronous compiles on the main thread). validate() is the feature test: the module uses
 * SIMD instructions, so it validates exactly where WebAssembly SIMD exists. Any failure (no
 * WebAssembly, no SIMD, a Content-Security-Policy without 'wasm-unsafe-eval') leaves null.
 */
function load(): GemmExports | null {
  try {
    const bytes = decode(gemmWasmBase64);
    if (typeof WebAssembly !== 'object' || !WebAssembly.validate(bytes)) return null;
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
    const exports = instance.exports as unknown as GemmExports;
    base = Math.ceil(exports.heapBase() / 16) * 2; // 16-byte aligned, in doubles
    return exports;
  } catch {
    return null;
  }
}

/** Whether the WebAssembly SIMD kernel runs here (loads it on first call). */
export function wasmAvailable(): boolean {
  if (kernel === undefined) kernel = load();
  return kernel !== null;
}

/** A Float64Array over the kernel's memory with room for `doubles` past base, growing the memory as needed. */
function reserve(k: GemmExports, doubles: number): Float64Array {
  const bytes = (base + doubles) * 8;
  const have = k.memory.buffer.byteLength;
  if (have < bytes) k.memory.grow(Math.ceil((bytes - have) / PAGE));
  // Growing detaches the old buffer, so the view is made again whenever the buffer changed.
  if (heap.buffer !== k.memory.buffer) heap = new Float64Array(k.memory.buffer);
  return heap;
}

/**
 * c[i, j] += Σ_p A(i, p) · B(p, j) for A: [m, k], B: [k, n] (strided views), c: [m, n] at cOff with ldc,
 * in WebAssembly SIMD. Each c element gets its old value plus the products in increasing p, added one
 * at a time: a fixed order, so the same inputs give the same bits on every run.
 * Call only after wasmAvailable() returned true.
 */
export function gemmWasm(
  m: number,
  n: number,
  k: number,
  A: Strided,
  B: Strided,
  c: Float64Array,
  cOff: number,
  ldc: number,
): void {
  if (m === 0 || n === 0) return;
  const wasm = kernel as GemmExports;
  const m4 = padded(m);
  const n4 = padded(n);
  const ap = base;
  const bp = ap + m4 * k;
  const cp = bp + n4 * k;
  const h = reserve(wasm, cp + m4 * n4 - base);
  packRows(m, k, A, h, ap);
  packCols(k, n, B, h, bp);
  // c's block in, zero-padded to [m4, n4] so the padding holds nothing left from an earlier call. The
  // copies go row by row through TypedArray.set (a memory copy): at 64³ element loops took a fifth of
  // the call (bench/matmulProfile.ts). A block whose rows are contiguous and unpadded is one copy.
  const whole = n === n4 && ldc === n;
  if (whole) h.set(c.subarray(cOff, cOff + m * n), cp);
  for (let i = 0; i < m4; i++) {
    const row = cp + i * n4;
    if (i >= m) h.fill(0, row, row + n4);
    else if (!whole) {
      h.set(c.subarray(cOff + i * ldc, cOff + i * ldc + n), row);
      if (n < n4) h.fill(0, row + n, row + n4);
    }
  }
  wasm.gemmPacked(m4 / 4, n4 / 4, k, ap * 8, bp * 8, cp * 8);
  if (whole) c.set(h.subarray(cp, cp + m * n), cOff);
  else for (let i = 0; i < m; i++) c.set(h.subarray(cp + i * n4, cp + i * n4 + n), cOff + i * ldc);
}
