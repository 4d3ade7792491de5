// The Tensor: a 2-D row-major float64 matrix, its gradient, and (once an op records it) the inputs and local backward that produced it.
import { StaleTensorError, fmtShape } from './errors.ts';
import type { Tape } from './tape.ts';

/** The local backward of an op: reads `out.grad` and adds (`+=`) into the gradients of `out.inputs`. */
export type BackwardFn = (out: Tensor) => void;

const NO_INPUTS: readonly Tensor[] = [];

export class Tensor {
  readonly rows: number;
  readonly cols: number;
  /** The tape whose arena holds this tensor's memory (also for an eager view of a tape result), or null for a leaf (parameters, inputs) or an eager result. */
  readonly tape: Tape | null;
  /** The tape's generation when this tensor was made; a later reset makes the tensor stale. */
  readonly generation: number;
  /** Whether a gradient flows into this tensor during backward. */
  readonly requiresGrad: boolean;
  /** Name of the op that made it ('leaf' for leaves); the finite check reports it. Set by the tape. */
  op = 'leaf';
  /** Tensors the op read, in the order its backward expects. Set by the tape. */
  inputs: readonly Tensor[] = NO_INPUTS;
  /** The op's local backward, or null when no gradient flows through it. Set by the tape. */
  backwardFn: BackwardFn | null = null;
  /** Values a fused op keeps for its backward (gate activations, probabilities, indices). Set by the op. */
  saved: Tensor | null = null;
  /** A number an op keeps for its backward (a scale factor, an axis). Set by the op. */
  aux = 0;
  /** Position on the tape (-1 for leaves); backward starts here. */
  node = -1;
  private readonly _data: Float64Array;
  private readonly _grad: Float64Array | null;

  constructor(
    rows: number,
    cols: number,
    data: Float64Array,
    grad: Float64Array | null,
    tape: Tape | null,
    generation: number,
    requiresGrad: boolean,
  ) {
    this.rows = rows;
    this.cols = cols;
    this._data = data;
    this._grad = grad;
    this.tape = tape;
    this.generation = generation;
    this.requiresGrad = requiresGrad;
  }

  /** The values, row-major: element (r, c) is `data[r * cols + c]`. */
  get data(): Float64Array {
    if (this.tape !== null && this.generation !== this.tape.generation) this.throwStale();
    return this._data;
  }

  /** ∂loss/∂this after `tape.backward(loss)`, same layout as `data`; null when no gradient flows here. */
  get grad(): Float64Array | null {
    if (this.tape !== null && this.generation !== this.tape.generation) this.throwStale();
    return this._grad;
  }

  get shape(): [number, number] {
    return [this.rows, this.cols];
  }

  get size(): number {
    return this.rows * this.cols;
  }

  /** True while the tape that made it has not been reset (always true for leaves). */
  get live(): boolean {
    return this.tape === null || this.generation === this.tape.generation;
  }

  /** The single value of a [1,1] tensor. */
  item(): number {
    if (this.rows * this.cols !== 1) throw new Error(`item: expected a [1,1] tensor, got ${fmtShape(this)}`);
    return this.data[0];
  }

  get(r: number, c: number): number {
    if (r < 0 || r >= this.rows || c < 0 || c >= this.cols) {
      throw new Error(`get: index (${r},${c}) is outside a ${fmtShape(this)} tensor`);
    }
    return this.data[r * this.cols + c];
  }

  /** A copy of the values as nested arrays, safe to keep after the tape is reset. */
  toRows(): number[][] {
    const d = this.data;
    const out: number[][] = [];
    for (let r = 0; r < this.rows; r++) out.push(Array.from(d.subarray(r * this.cols, (r + 1) * this.cols)));
    return out;
  }

  /** Sets a leaf's gradient to zero (optimisers accumulate into leaves across backward calls). */
  zeroGrad(): void {
    this._grad?.fill(0);
  }

  private throwStale(): never {
    throw new StaleTensorError(this.op, fmtShape(this), this.generation, (this.tape as Tape).generation);
  }
}
