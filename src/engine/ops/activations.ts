// Elementwise nonlinearities (tanh, sigmoid, relu, exp, log), each forward beside its backward.
import { result } from '../tape.ts';
import type { Tensor } from '../tensor.ts';

// Each backward uses the output y where the derivative is a function of it (tanh' = 1 − y²,
// σ' = y(1 − y), exp' = y), so nothing extra is kept.

export function tanh(x: Tensor): Tensor {
  const y = result('tanh', x.rows, x.cols, [x], tanhBackward);
  const xd = x.data;
  const yd = y.data;
  for (let i = 0; i < yd.length; i++) yd[i] = Math.tanh(xd[i]);
  return y;
}

function tanhBackward(y: Tensor): void {
  const gx = y.inputs[0].grad;
  if (gx === null) return;
  const gy = y.grad as Float64Array;
  const yd = y.data;
  for (let i = 0; i < yd.length; i++) gx[i] += gy[i] * (1 - yd[i] * yd[i]);
}

/** σ(x) = 1 / (1 + e^−x), evaluated without overflow for large |x|. */
export function sigmoid(x: Tensor): Tensor {
  const y = result('sigmoid', x.rows, x.cols, [x], sigmoidBackward);
  const xd = x.data;
  const yd = y.data;
  for (let i = 0; i < yd.length; i++) yd[i] = sigma(xd[i]);
  return y;
}

/** The logistic function, split at 0 so exp never overflows. */
export function sigma(v: number): number {
  if (v >= 0) return 1 / (1 + Math.exp(-v));
  const e = Math.exp(v);
  return e / (1 + e);
}

function sigmoidBackward(y: Tensor): void {
  const gx = y.inputs[0].grad;
  if (gx === null) return;
  const gy = y.grad as Float64Array;
  const yd = y.data;
  for (let i = 0; i < yd.length; i++) gx[i] += gy[i] * yd[i] * (1 - yd[i]);
}

/** max(x, 0); the derivative at exactly 0 is taken as 0. */
export function relu(x: Tensor): Tensor {
  const y = result('relu', x.rows, x.cols, [x], reluBackward);
  const xd = x.data;
  const yd = y.data;
  for (let i = 0; i < yd.length; i++) yd[i] = Math.max(xd[i], 0); // Math.max keeps NaN as NaN, so the finite check still sees it
  return y;
}

function reluBackward(y: Tensor): void {
  const gx = y.inputs[0].grad;
  if (gx === null) return;
  const gy = y.grad as Float64Array;
  const yd = y.data;
  for (let i = 0; i < yd.length; i++) if (yd[i] > 0) gx[i] += gy[i];
}

export function exp(x: Tensor): Tensor {
  const y = result('exp', x.rows, x.cols, [x], expBackward);
  const xd = x.data;
  const yd = y.data;
  for (let i = 0; i < yd.length; i++) yd[i] = Math.exp(xd[i]);
  return y;
}

function expBackward(y: Tensor): void {
  const gx = y.inputs[0].grad;
  if (gx === null) return;
  const gy = y.grad as Float64Array;
  const yd = y.data;
  for (let i = 0; i < yd.length; i++) gx[i] += gy[i] * yd[i];
}

/** Natural log; log of a non-positive value gives −Infinity or NaN, which the finite check reports as 'log'. */
export function log(x: Tensor): Tensor {
  const y = result('log', x.rows, x.cols, [x], logBackward);
  const xd = x.data;
  const yd = y.data;
  for (let i = 0; i < yd.length; i++) yd[i] = Math.log(xd[i]);
  return y;
}

function logBackward(y: Tensor): void {
  const x = y.inputs[0];
  const gx = x.grad;
  if (gx === null) return;
  const gy = y.grad as Float64Array;
  const xd = x.data;
  for (let i = 0; i < xd.length; i++) gx[i] += gy[i] / xd[i];
}
