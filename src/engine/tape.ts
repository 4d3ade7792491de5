// The tape: records ops in the order they run (already a topological order), keeps their results in an arena, and runs backward as one reverse loop.
import { Arena } from './arena.ts';
import { NonFiniteError, fmtShape } from './errors.ts';
import { type BackwardFn, Tensor } from './tensor.ts';

// Why a flat list and not a recursive graph walk: an unrolled RNN is thousands of ops deep, and a
// recursive topological sort (micrograd's) overflows the stack past ~1000 levels. Ops are appended as
// they execute, so every input precedes its consumers; walking the list backwards visits each node after
// all of its consumers, and `+=` accumulation sums the gradients of a tensor used several times.

export interface BackwardOptions {
  /** Gradient to start from, for a non-[1,1] output (defaults to 1 for a [1,1] loss). */
  seed?: ArrayLike<number>;
  /** Check every input gradient after each op's backward; throws NonFiniteError naming the op. */
  checkFinite?: boolean;
}

export class Tape {
  /** Bumped by reset(); tensors from an older generation refuse to be read. */
  generation = 0;
  /** When true, backward() first checks the forward values, then each op's input gradients. */
  checkFinite: boolean;
  private readonly arena = new Arena();
  private readonly nodes: Tensor[] = [];
  private count = 0;

  constructor(options: { checkFinite?: boolean } = {}) {
    this.checkFinite = options.checkFinite === true;
  }

  /** Runs fn with this tape active and recording: ops inside it are recorded for backward. */
  run<T>(fn: () => T): T {
    return withActive(this, true, fn);
  }

  /** Runs fn with this tape active but not recording: forward only, results still in the arena. */
  noGrad<T>(fn: () => T): T {
    return withActive(this, false, fn);
  }

  /** Forgets every recorded op and reuses their memory; tensors made before become stale. */
  reset(): void {
    this.generation++;
    this.count = 0;
    this.arena.reset();
  }

  /** Number of ops recorded since the last reset. */
  get length(): number {
    return this.count;
  }

  /** Doubles of arena memory in use since the last reset, and reserved in total. */
  get memory(): { inUse: number; capacity: number } {
    return { inUse: this.arena.inUse, capacity: this.arena.capacity };
  }

  /**
   * Backpropagates from `loss`: zeroes every intermediate gradient, seeds ∂loss/∂loss = 1, then calls
   * each recorded op's backward from `loss` back to the first op. Leaf gradients accumulate (+=) across
   * calls; zero them with the optimiser or `zeroGrad()`.
   */
  backward(loss: Tensor, options: BackwardOptions = {}): void {
    if (loss.tape !== this) throw new Error('backward: the loss was not recorded on this tape');
    const g = loss.grad;
    if (!loss.requiresGrad || g === null || loss.node < 0) {
      throw new Error(
        'backward: the loss does not depend on anything that requires a gradient (was it computed in noGrad, or from constants only?)',
      );
    }
    if (options.seed === undefined && loss.size !== 1) {
      throw new Error(
        `backward: the loss must be [1,1], got ${fmtShape(loss)}; pass a seed for other shapes`,
      );
    }
    const check = options.checkFinite ?? this.checkFinite;
    if (check) this.assertFinite();
    this.arena.zeroGrads();
    if (options.seed === undefined) g[0] = 1;
    else {
      if (options.seed.length !== g.length) {
        throw new Error(
          `backward: seed has ${options.seed.length} values, the loss ${fmtShape(loss)} has ${g.length}`,
        );
      }
      g.set(options.seed);
    }
    const nodes = this.nodes;
    for (let k = loss.node; k >= 0; k--) {
      const t = nodes[k];
      if (t.backwardFn === null) continue;
      t.backwardFn(t);
      if (check) assertInputGradsFinite(t, k);
    }
  }

  /** The first recorded op whose output holds NaN or ±Infinity, or null if all are finite. */
  findNonFinite(): { op: string; node: number } | null {
    for (let k = 0; k < this.count; k++) {
      const d = this.nodes[k].data;
      for (let i = 0; i < d.length; i++) {
        if (!Number.isFinite(d[i])) return { op: this.nodes[k].op, node: k };
      }
    }
    return null;
  }

  /** Throws NonFiniteError naming the first op that produced a non-finite value. */
  assertFinite(): void {
    const bad = this.findNonFinite();
    if (bad !== null) throw new NonFiniteError(bad.op, 'forward', bad.node);
  }

  /** @internal Arena memory for an op's output, recorded on the tape. */
  allocate(rows: number, cols: number, requiresGrad: boolean): Tensor {
    const k = this.arena.take(rows * cols, requiresGrad);
    const t = new Tensor(
      rows,
      cols,
      this.arena.data[k],
      this.arena.grad[k],
      this,
      this.generation,
      requiresGrad,
    );
    t.node = this.count;
    this.nodes[this.count++] = t;
    return t;
  }

  /** @internal Arena memory an op keeps for its backward; not recorded, carries no gradient. */
  scratch(rows: number, cols: number): Tensor {
    const k = this.arena.take(rows * cols, false);
    return new Tensor(rows, cols, this.arena.data[k], null, this, this.generation, false);
  }

  /** @internal Rows [start, start + count) of src, sharing its values and its gradient. */
  rowView(src: Tensor, start: number, count: number): Tensor {
    const cols = src.cols;
    const k = this.arena.view(src.data, src.grad, start * cols, count * cols);
    const t = new Tensor(
      count,
      cols,
      this.arena.data[k],
      this.arena.grad[k],
      this,
      this.generation,
      src.requiresGrad,
    );
    t.op = src.op;
    t.node = src.node;
    return t;
  }
}

function assertInputGradsFinite(t: Tensor, node: number): void {
  for (const x of t.inputs) {
    const g = x.grad;
    if (g === null) continue;
    for (let i = 0; i < g.length; i++)
      if (!Number.isFinite(g[i])) throw new NonFiniteError(t.op, 'backward', node);
  }
}

let active: Tape | null = null;
let recording = false;

function withActive<T>(tape: Tape, record: boolean, fn: () => T): T {
  const prevTape = active;
  const prevRecording = recording;
  active = tape;
  recording = record;
  try {
    return fn();
  } finally {
    active = prevTape;
    recording = prevRecording;
  }
}

/** The tape ops currently record on, or null (eager mode: results get their own memory, no gradients). */
export function activeTape(): Tape | null {
  return active;
}

/**
 * Makes the output tensor of an op. With no active tape it is a fresh eager tensor; otherwise it lives
 * in the arena and, if recording and any input requires a gradient, carries a gradient and `backward`.
 * Every op must write all of its output: arena memory is reused without zeroing.
 */
export function result(
  op: string,
  rows: number,
  cols: number,
  inputs: readonly Tensor[],
  backward: BackwardFn,
): Tensor {
  const tape = active;
  if (tape === null) {
    for (const x of inputs) x.data; // reading data throws if an input is stale
    const t = new Tensor(rows, cols, new Float64Array(rows * cols), null, null, 0, false);
    t.op = op;
    return t;
  }
  let needGrad = false;
  for (const x of inputs) {
    if (x.tape !== null) {
      if (x.tape !== tape)
        throw new Error(`${op}: an input was made on a different tape than the active one`);
      if (x.generation !== tape.generation) x.data; // throws StaleTensorError with the details
    }
    if (x.requiresGrad) needGrad = true;
  }
  needGrad = needGrad && recording;
  const t = tape.allocate(rows, cols, needGrad);
  t.op = op;
  t.inputs = inputs;
  t.backwardFn = needGrad ? backward : null;
  return t;
}

/** Memory a fused op keeps for its backward: in the arena when a tape is active, else on the heap. */
export function saved(rows: number, cols: number): Tensor {
  const tape = active;
  if (tape === null) return new Tensor(rows, cols, new Float64Array(rows * cols), null, null, 0, false);
  return tape.scratch(rows, cols);
}

/** Rows [start, start + count) of x as a tensor sharing x's memory and gradient (no copy, no backward needed). */
export function rowsOf(x: Tensor, start: number, count: number): Tensor {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(count) ||
    start < 0 ||
    count < 1 ||
    start + count > x.rows
  ) {
    throw new Error(`rows: rows [${start}, ${start + count}) are outside a ${fmtShape(x)} tensor`);
  }
  const tape = active;
  if (tape === null) {
    // The view shares x's memory, so it shares x's lifetime: a view of a tape result reads that tape's
    // arena, which reset() recycles; it carries x's tape and generation and goes stale with x.
    const d = x.data.subarray(start * x.cols, (start + count) * x.cols);
    const t = new Tensor(count, x.cols, d, null, x.tape, x.generation, false);
    t.op = x.op;
    return t;
  }
  if (x.tape !== null && x.tape !== tape)
    throw new Error('rows: the input was made on a different tape than the active one');
  return tape.rowView(x, start, count);
}
