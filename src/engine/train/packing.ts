// Parameters and gradients as one flat Float64Array, in a fixed parameter order: what a data-parallel
// leader and its followers send each other (one transferable buffer a message, no SharedArrayBuffer).
import type { Tensor } from '../tensor.ts';

function total(params: readonly Tensor[]): number {
  let n = 0;
  for (const p of params) n += p.data.length;
  return n;
}

/** A new buffer with every parameter's values, one after the other in `params` order. */
export function packParams(params: readonly Tensor[]): Float64Array {
  const out = new Float64Array(total(params));
  let o = 0;
  for (const p of params) {
    out.set(p.data, o);
    o += p.data.length;
  }
  return out;
}

/** A new buffer with every parameter's gradient (zeros where none flowed), in `params` order. */
export function packGrads(params: readonly Tensor[]): Float64Array {
  const out = new Float64Array(total(params));
  let o = 0;
  for (const p of params) {
    const g = p.grad;
    if (g !== null) out.set(g, o);
    o += p.data.length;
  }
  return out;
}

function checkLength(params: readonly Tensor[], flat: Float64Array, what: string): void {
  const n = total(params);
  if (flat.length !== n)
    throw new Error(`${what}: expected ${n} values for these parameters, got ${flat.length}`);
}

/** Writes packed values back into the parameters (the inverse of packParams). */
export function unpackParams(params: readonly Tensor[], flat: Float64Array): void {
  checkLength(params, flat, 'unpackParams');
  let o = 0;
  for (const p of params) {
    p.data.set(flat.subarray(o, o + p.data.length));
    o += p.data.length;
  }
}

/** Adds packed gradients into the parameters' gradients (`+=`, as backward accumulates). */
export function addGrads(params: readonly Tensor[], flat: Float64Array): void {
  checkLength(params, flat, 'addGrads');
  let o = 0;
  for (const p of params) {
    const g = p.grad;
    if (g === null) throw new Error('addGrads: a parameter holds no gradient');
    for (let i = 0; i < g.length; i++) g[i] += flat[o + i];
    o += g.length;
  }
}
