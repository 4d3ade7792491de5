// Gradients through the fast kernels: matmul, linear and the LSTM cell at sizes above the fast-path threshold, gradient-checked on every kernel choice.
import { afterEach, describe, expect, it } from 'vitest';
import { expectFusedMatchesComposed } from './__tests__/cellCheck.ts';
import { expectGradsMatch, probe, randConst, randParam, Rng } from './__tests__/helpers.ts';
import { lstmCell, lstmCellComposed } from './cells/lstm.ts';
import { activeKernel, FAST_MIN_MULADDS, type KernelChoice, setKernels } from './kernels.ts';
import { linear } from './ops/linear.ts';
import { matmul } from './ops/matmul.ts';
import { add } from './ops/elementwise.ts';
import { sum } from './ops/reduce.ts';

// [12, 24]·[24, 40]: the forward (NN) and both backward products (NT, TN) have 11,520 multiply-adds.
const [M, K, N] = [12, 24, 40];
const choices: [KernelChoice, string][] = [
  ['fast', 'wasm'],
  ['typescript', 'typescript'],
  ['reference', 'reference'],
];

afterEach(() => {
  setKernels('fast');
});

describe.each(choices)('with setKernels(%s)', (choice, kernel) => {
  it(`runs large products on the ${kernel} kernel`, () => {
    setKernels(choice);
    expect(activeKernel()).toBe(kernel);
    expect(M * K * N).toBeGreaterThanOrEqual(FAST_MIN_MULADDS);
  });

  it('matmul passes the gradient check', () => {
    setKernels(choice);
    const rng = new Rng(1);
    const A = randParam(rng, M, K);
    const B = randParam(rng, K, N);
    const loss = probe(rng, M, N);
    expectGradsMatch(() => loss(matmul(A, B)), [A, B]);
  });

  it('linear passes the gradient check', () => {
    setKernels(choice);
    const rng = new Rng(2);
    const x = randParam(rng, M, K);
    const W = randParam(rng, N, K);
    const b = randParam(rng, 1, N);
    const loss = probe(rng, M, N);
    expectGradsMatch(() => loss(linear(x, W, b)), [x, W, b]);
  });

  it('the fused LSTM cell at batch 8, D = H = 16 passes the gradient check and matches its composition', () => {
    setKernels(choice);
    const rng = new Rng(3);
    const [B, D, H] = [8, 16, 16];
    const p = { W: randParam(rng, 4 * H, H + D, 0.3), b: randParam(rng, 1, 4 * H, 0.3) };
    const x = randParam(rng, B, D);
    const h = randParam(rng, B, H);
    const c = randConst(rng, B, H);
    const lossH = probe(rng, B, H);
    const lossC = probe(rng, B, H);
    expect(B * 4 * H * D).toBeGreaterThanOrEqual(FAST_MIN_MULADDS);
    expectGradsMatch(() => {
      const s = lstmCell(x, h, c, p);
      return add(lossH(s.h), lossC(s.c));
    }, [x, h, p.W, p.b]);
    expectFusedMatchesComposed(
      (fused) => {
        const s = (fused ? lstmCell : lstmCellComposed)(x, h, c, p);
        return { loss: sum(add(lossH(s.h), lossC(s.c))), outputs: [s.h, s.c] };
      },
      [x, h, p.W, p.b],
    );
  });
});
