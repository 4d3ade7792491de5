// The fast matrix products (blocked TypeScript and WebAssembly SIMD) against the reference loops: every layout, odd sizes, sub-blocks, accumulation.
import { describe, expect, it } from 'vitest';
import { expectArrayClose, Rng } from './__tests__/helpers.ts';
import { activeKernel, FAST_MIN_MULADDS, gemmNN, gemmNT, gemmTN, setKernels } from './kernels.ts';
import { gemmBlocked } from './kernels.blocked.ts';
import type { Strided } from './kernels.pack.ts';
import { gemmNNRef, gemmNTRef, gemmTNRef } from './kernels.reference.ts';
import { gemmWasm, wasmAvailable } from './kernels.wasm.ts';

type Layout = 'NN' | 'NT' | 'TN';
const reference = { NN: gemmNNRef, NT: gemmNTRef, TN: gemmTNRef };
const dispatched = { NN: gemmNN, NT: gemmNT, TN: gemmTN };

/** A product c[m, n] += op(a)·op(b) laid out as sub-blocks of larger buffers: offsets and padded leading dimensions. */
interface Case {
  layout: Layout;
  m: number;
  n: number;
  k: number;
  a: Float64Array;
  aOff: number;
  lda: number;
  b: Float64Array;
  bOff: number;
  ldb: number;
  c: Float64Array;
  cOff: number;
  ldc: number;
}

function makeCase(rng: Rng, layout: Layout, m: number, n: number, k: number, pad: number): Case {
  const fill = (len: number) => Float64Array.from({ length: len }, () => rng.uniform(-1, 1));
  const [aRows, aCols] = layout === 'TN' ? [k, m] : [m, k];
  const [bRows, bCols] = layout === 'NT' ? [n, k] : [k, n];
  const lda = aCols + pad;
  const ldb = bCols + pad;
  const ldc = n + pad;
  const aOff = pad * 3;
  const bOff = pad * 5;
  const cOff = pad * 7;
  return {
    layout,
    m,
    n,
    k,
    a: fill(aOff + aRows * lda),
    aOff,
    lda,
    b: fill(bOff + bRows * ldb),
    bOff,
    ldb,
    c: fill(cOff + m * ldc + pad),
    cOff,
    ldc,
  };
}

/** The strided views kernels.ts hands the fast kernels for this layout. */
function views(t: Case): [Strided, Strided] {
  const A: Strided =
    t.layout === 'TN'
      ? { data: t.a, off: t.aOff, rowStride: 1, colStride: t.lda }
      : { data: t.a, off: t.aOff, rowStride: t.lda, colStride: 1 };
  const B: Strided =
    t.layout === 'NT'
      ? { data: t.b, off: t.bOff, rowStride: 1, colStride: t.ldb }
      : { data: t.b, off: t.bOff, rowStride: t.ldb, colStride: 1 };
  return [A, B];
}

function runReference(t: Case): Float64Array {
  const c = t.c.slice();
  reference[t.layout](t.m, t.n, t.k, t.a, t.aOff, t.lda, t.b, t.bOff, t.ldb, c, t.cOff, t.ldc);
  return c;
}

function runFast(kernel: typeof gemmBlocked, t: Case): Float64Array {
  const c = t.c.slice();
  const [A, B] = views(t);
  kernel(t.m, t.n, t.k, A, B, c, t.cOff, t.ldc);
  return c;
}

const SIZES = [1, 3, 4, 5, 17, 63, 65];
const LAYOUTS: Layout[] = ['NN', 'NT', 'TN'];

const kernels: [string, typeof gemmBlocked][] = [['typescript (blocked)', gemmBlocked]];
if (wasmAvailable()) kernels.push(['wasm SIMD', gemmWasm]);

describe('the reference loops', () => {
  it('compute c += a·b exactly for a small integer product in every layout', () => {
    // a = [[1,2],[3,4]], b = [[5,6],[7,8]]: a·b = [[19,22],[43,50]]; c starts at 1.
    const a = new Float64Array([1, 2, 3, 4]);
    const b = new Float64Array([5, 6, 7, 8]);
    const aT = new Float64Array([1, 3, 2, 4]);
    const bT = new Float64Array([5, 7, 6, 8]);
    const expected = [20, 23, 44, 51];
    const c1 = new Float64Array(4).fill(1);
    gemmNNRef(2, 2, 2, a, 0, 2, b, 0, 2, c1, 0, 2);
    const c2 = new Float64Array(4).fill(1);
    gemmNTRef(2, 2, 2, a, 0, 2, bT, 0, 2, c2, 0, 2);
    const c3 = new Float64Array(4).fill(1);
    gemmTNRef(2, 2, 2, aT, 0, 2, b, 0, 2, c3, 0, 2);
    expect([...c1]).toEqual(expected);
    expect([...c2]).toEqual(expected);
    expect([...c3]).toEqual(expected);
  });
});

describe.each(kernels)('the %s kernel', (_name, kernel) => {
  it.each(LAYOUTS)(
    'agrees with the reference loops in layout %s for every mix of odd sizes, on sub-blocks, accumulating',
    (layout) => {
      const rng = new Rng(14);
      for (const m of SIZES)
        for (const n of SIZES)
          for (const k of [1, 5, 17, 64]) {
            const t = makeCase(rng, layout, m, n, k, 3);
            const want = runReference(t);
            const got = runFast(kernel, t);
            expectArrayClose(got, want, 1e-13);
          }
    },
  );

  it('leaves every element outside the [m, n] block of c untouched', () => {
    const t = makeCase(new Rng(3), 'NN', 5, 7, 9, 4);
    const got = runFast(kernel, t);
    for (let idx = 0; idx < got.length; idx++) {
      const r = Math.floor((idx - t.cOff) / t.ldc);
      const q = idx - t.cOff - r * t.ldc;
      const inside = idx >= t.cOff && r < t.m && q < t.n;
      if (!inside) expect(got[idx], `element ${idx}`).toBe(t.c[idx]);
    }
  });

  it('agrees at the benchmark shapes, past one k block (k = 300)', () => {
    const rng = new Rng(7);
    for (const [m, n, k] of [
      [128, 128, 128],
      [512, 192, 64],
      [40, 70, 300],
    ])
      for (const layout of LAYOUTS) {
        const t = makeCase(rng, layout, m, n, k, 0);
        expectArrayClose(runFast(kernel, t), runReference(t), 1e-12);
      }
  });

  it('gives the same bits on every run, with other products in between', () => {
    const rng = new Rng(11);
    const t = makeCase(rng, 'NT', 37, 29, 70, 2);
    const first = runFast(kernel, t);
    runFast(kernel, makeCase(rng, 'TN', 90, 90, 90, 1)); // a larger call grows and dirties the scratch memory
    expect(runFast(kernel, t)).toEqual(first);
  });

  it('adds nothing when k = 0', () => {
    const t = makeCase(new Rng(5), 'NN', 6, 6, 0, 1);
    expect(runFast(kernel, t)).toEqual(t.c);
  });
});

describe('the dispatching gemm functions', () => {
  it('use the WebAssembly kernel in Node, which has SIMD', () => {
    expect(wasmAvailable()).toBe(true);
    expect(activeKernel()).toBe('wasm');
  });

  it.each(LAYOUTS)(
    'agree across fast, typescript and reference in layout %s, above and below the size threshold',
    (layout) => {
      const rng = new Rng(21);
      for (const [m, n, k] of [
        [1, 64, 64],
        [3, 5, 7],
        [12, 12, 12],
        [33, 65, 17],
        [64, 64, 64],
      ]) {
        const t = makeCase(rng, layout, m, n, k, 2);
        const results = (['reference', 'typescript', 'fast'] as const).map((choice) => {
          const before = setKernels(choice);
          try {
            const c = t.c.slice();
            dispatched[layout](m, n, k, t.a, t.aOff, t.lda, t.b, t.bOff, t.ldb, c, t.cOff, t.ldc);
            return c;
          } finally {
            setKernels(before);
          }
        });
        expectArrayClose(results[0], runReference(t), 0);
        expectArrayClose(results[1], results[0], 1e-13);
        expectArrayClose(results[2], results[0], 1e-13);
      }
      expect(12 * 12 * 12).toBeLessThan(FAST_MIN_MULADDS); // so the cases above cover both sides
      expect(33 * 65 * 17).toBeGreaterThanOrEqual(FAST_MIN_MULADDS);
    },
  );

  it('reject an unknown kernel choice with a message naming the choices', () => {
    expect(() => setKernels('gpu' as never)).toThrow(/'fast', 'typescript' or 'reference'.*"gpu"/);
  });
});
