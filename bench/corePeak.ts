// This core's arithmetic limit for float64 WebAssembly SIMD: a loop of independent f64x2 multiplies and adds in registers, no memory traffic.

// The kernel's inner step is eight f64x2.mul and eight f64x2.add, so the limit that matters is the rate of
// a 1:1 mix of the two. Six multiply chains and six add chains are independent, enough to cover a 3-cycle
// latency on two multiply and two add pipes (Zen 3), and few enough (12 of 16 xmm registers) not to spill.
import asc from 'assemblyscript/asc';

const SOURCE = `
export function spin(n: i32, x: f64): f64 {
  const m = f64x2.splat(1.0 + x * 1e-9);
  const d = f64x2.splat(x * 1e-9);
  let a0 = f64x2.splat(1.0); let a1 = f64x2.splat(1.1); let a2 = f64x2.splat(1.2);
  let a3 = f64x2.splat(1.3); let a4 = f64x2.splat(1.4); let a5 = f64x2.splat(1.5);
  let s0 = f64x2.splat(0.0); let s1 = f64x2.splat(0.1); let s2 = f64x2.splat(0.2);
  let s3 = f64x2.splat(0.3); let s4 = f64x2.splat(0.4); let s5 = f64x2.splat(0.5);
  for (let i = 0; i < n; i++) {
    a0 = f64x2.mul(a0, m); s0 = f64x2.add(s0, d);
    a1 = f64x2.mul(a1, m); s1 = f64x2.add(s1, d);
    a2 = f64x2.mul(a2, m); s2 = f64x2.add(s2, d);
    a3 = f64x2.mul(a3, m); s3 = f64x2.add(s3, d);
    a4 = f64x2.mul(a4, m); s4 = f64x2.add(s4, d);
    a5 = f64x2.mul(a5, m); s5 = f64x2.add(s5, d);
  }
  const t = f64x2.add(f64x2.add(f64x2.add(a0, a1), f64x2.add(a2, a3)), f64x2.add(f64x2.add(a4, a5), f64x2.add(f64x2.add(s0, s1), f64x2.add(f64x2.add(s2, s3), f64x2.add(s4, s5)))));
  return f64x2.extract_lane(t, 0) + f64x2.extract_lane(t, 1);
}`;

/** Flops per loop iteration: 12 f64x2 operations of 2 lanes each. */
const FLOPS_PER_ITER = 24;

/** The best GFLOP/s of `rounds` timed runs of the loop (the best, not the median: a limit, measured on a shared machine). */
export async function corePeakGflops(rounds = 200): Promise<number> {
  const { binary, error } = await asc.compileString(SOURCE, {
    optimizeLevel: 3,
    runtime: 'stub',
    noAssert: true,
    use: ['abort='],
    enable: ['simd'],
  });
  if (binary === null) throw new Error(`corePeak: asc failed: ${error?.message}`);
  const { spin } = new WebAssembly.Instance(new WebAssembly.Module(binary as Uint8Array<ArrayBuffer>), {})
    .exports as { spin: (n: number, x: number) => number };
  // Many short calls: V8 runs a wasm function first on its baseline compiler and swaps in the optimised
  // code only for later calls, so the first calls warm it up and only the best of the rest counts.
  const n = 200_000;
  for (let i = 0; i < 50; i++) spin(n, 1);
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const v = spin(n, 1 + r);
    const s = (performance.now() - t0) / 1000;
    if (!Number.isFinite(v)) throw new Error('corePeak: the loop overflowed');
    best = Math.max(best, (n * FLOPS_PER_ITER) / s / 1e9);
  }
  return best;
}
