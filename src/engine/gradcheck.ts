// gradcheck: compares the tape's gradients with central differences, element by element, in float64.
import { Tape } from './tape.ts';
import type { Tensor } from './tensor.ts';

export interface GradcheckOptions {
  /** Step of the central difference (f(θ+ε) − f(θ−ε)) / 2ε. 1e-5 balances truncation (∝ε²) against rounding (∝1/ε) in float64. */
  eps?: number;
  /** Magnitudes below this count as this in the error's denominator, so near-zero gradients are compared absolutely. */
  floor?: number;
}

export interface GradcheckResult {
  /** max over all elements of |analytic − numeric| / max(|analytic|, |numeric|, floor). */
  maxError: number;
  /** Where it occurs: index into `params`, then into that parameter's data. */
  param: number;
  index: number;
  analytic: number;
  numeric: number;
  /** How many elements were compared. */
  checked: number;
}

/**
 * Checks the gradients of f (which must build a [1,1] loss from ops) with respect to each tensor in
 * params (leaves made with `param`). f is called 1 + 2·(number of elements) times, each time on a fresh
 * tape generation; it must build everything it reads from params and constants, not from earlier results.
 * Leaves each parameter's grad holding the analytic gradient.
 */
export function gradcheck(
  f: () => Tensor,
  params: readonly Tensor[],
  options: GradcheckOptions = {},
): GradcheckResult {
  const eps = options.eps ?? 1e-5;
  const floor = options.floor ?? 1e-3;
  params.forEach((p, i) => {
    if (p.tape !== null || p.grad === null) {
      throw new Error(`gradcheck: params[${i}] must be a leaf that requires a gradient (made with param())`);
    }
    p.zeroGrad();
  });
  const tape = new Tape();
  const loss = tape.run(f);
  if (loss.size !== 1)
    throw new Error(`gradcheck: f must return a [1,1] loss, got [${loss.rows},${loss.cols}]`);
  tape.backward(loss);
  const value = (): number => {
    tape.reset();
    return tape.noGrad(f).data[0];
  };
  const worst: GradcheckResult = { maxError: 0, param: -1, index: -1, analytic: 0, numeric: 0, checked: 0 };
  params.forEach((p, pi) => {
    const d = p.data;
    const g = p.grad as Float64Array;
    for (let i = 0; i < d.length; i++) {
      const orig = d[i];
      d[i] = orig + eps;
      const up = value();
      d[i] = orig - eps;
      const down = value();
      d[i] = orig;
      const numeric = (up - down) / (2 * eps);
      const analytic = g[i];
      const err = Math.abs(analytic - numeric) / Math.max(Math.abs(analytic), Math.abs(numeric), floor);
      worst.checked++;
      if (!(err <= worst.maxError))
        Object.assign(worst, { maxError: err, param: pi, index: i, analytic, numeric });
    }
  });
  return worst;
}
