// Error types and messages the engine throws: every message names the op and the shapes involved.
import type { Tensor } from './tensor.ts';

/** `[2,3]`: how shapes appear in every message. */
export function fmtShape(t: { rows: number; cols: number }): string {
  return `[${t.rows},${t.cols}]`;
}

/** "matmul: shapes [2,3] and [4,5] do not fit: inner dimensions 3 ≠ 4". */
export function shapeError(op: string, a: Tensor, b: Tensor, reason: string): Error {
  return new Error(`${op}: shapes ${fmtShape(a)} and ${fmtShape(b)} do not fit: ${reason}`);
}

/** Thrown by the finite check: names the first op whose output (forward) or input gradient (backward) was NaN or ±Infinity. */
export class NonFiniteError extends Error {
  readonly op: string;
  readonly phase: 'forward' | 'backward';
  /** Position of the op on its tape (0 = first op recorded). */
  readonly node: number;
  constructor(op: string, phase: 'forward' | 'backward', node: number) {
    super(
      phase === 'forward'
        ? `non-finite value: op '${op}' (tape node ${node}) produced NaN or Infinity in its output`
        : `non-finite gradient: the backward of op '${op}' (tape node ${node}) produced NaN or Infinity`,
    );
    this.name = 'NonFiniteError';
    this.op = op;
    this.phase = phase;
    this.node = node;
  }
}

/** Reading a tensor whose tape has been reset since it was made: its memory now belongs to newer tensors. */
export class StaleTensorError extends Error {
  constructor(op: string, shape: string, made: number, now: number) {
    super(
      `stale tensor: this ${shape} result of '${op}' was made in tape generation ${made}, ` +
        `but the tape was reset since (now generation ${now}); its memory has been reused. ` +
        'Copy values out (e.g. Array.from(t.data)) before calling tape.reset().',
    );
    this.name = 'StaleTensorError';
  }
}
