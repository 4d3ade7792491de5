// The arena: big Float64Array chunks that a tape hands out as tensor memory and takes back all at once on reset.

// V8 allocates typed arrays off-heap: new Float64Array(16) costs ≈ 0.6 µs and a subarray view ≈ 0.04 µs
// (shared/notes/engine.md). So the arena hands out views into a few chunks, and remembers the view it
// gave at each position ("slot"): a training loop that repeats the same computation gets the same views
// back and allocates no typed arrays at all after its first iteration.

const CHUNK = 1 << 16; // doubles per chunk: 512 KiB of values plus as much for gradients

export class Arena {
  /** Per slot: the values view handed out. */
  readonly data: Float64Array[] = [];
  /** Per slot: the gradient view, or null when the tensor at that slot carries no gradient. */
  readonly grad: (Float64Array | null)[] = [];
  /** Per slot: the gradient view made for it once, kept while `grad` says null so a later round reuses it. */
  private readonly gradView: (Float64Array | null)[] = [];
  private readonly dataChunks: Float64Array[] = [];
  private readonly gradChunks: Float64Array[] = [];
  /** Per chunk: how far the previous chunks were filled this round (for zeroing gradients). */
  private readonly used: number[] = [];
  /** Per slot: chunk and offset of the view, so a cached view is reused only if it is the right memory; -1 marks a view of foreign memory. */
  private readonly keyChunk: number[] = [];
  private readonly keyOffset: number[] = [];
  private chunk = 0;
  private offset = 0;
  private slot = 0;

  /** Reserves `size` doubles; returns the slot whose `data` (and `grad` if asked) views them. Values are not zeroed. */
  take(size: number, withGrad: boolean): number {
    for (;;) {
      if (this.chunk === this.dataChunks.length) {
        const n = Math.max(CHUNK, size);
        this.dataChunks.push(new Float64Array(n));
        this.gradChunks.push(new Float64Array(n));
        this.used.push(0);
      }
      if (this.offset + size <= this.dataChunks[this.chunk].length) break;
      this.used[this.chunk] = this.offset;
      this.chunk++;
      this.offset = 0;
    }
    const k = this.slot++;
    const start = this.offset;
    this.offset += size;
    if (k < this.data.length && this.keyChunk[k] === this.chunk && this.keyOffset[k] === start) {
      if (this.data[k].length === size) {
        // The slot's tensor last round may have needed a gradient and this one not (or the reverse):
        // hand out the cached gradient view only when asked, so `grad` is null when no gradient flows.
        if (withGrad) this.gradView[k] ??= this.gradChunks[this.chunk].subarray(start, start + size);
        this.grad[k] = withGrad ? this.gradView[k] : null;
        return k;
      }
    }
    this.data[k] = this.dataChunks[this.chunk].subarray(start, start + size);
    this.gradView[k] = withGrad ? this.gradChunks[this.chunk].subarray(start, start + size) : null;
    this.grad[k] = this.gradView[k];
    this.keyChunk[k] = this.chunk;
    this.keyOffset[k] = start;
    return k;
  }

  /** A slot viewing `size` doubles of someone else's memory from `start` (row slices share memory and gradient). */
  view(data: Float64Array, grad: Float64Array | null, start: number, size: number): number {
    const k = this.slot++;
    if (k < this.data.length && this.keyChunk[k] === -1) {
      const d = this.data[k];
      const g = this.grad[k];
      if (
        d.buffer === data.buffer &&
        d.byteOffset === data.byteOffset + start * 8 &&
        d.length === size &&
        (grad === null
          ? g === null
          : g !== null && g.buffer === grad.buffer && g.byteOffset === grad.byteOffset + start * 8)
      ) {
        return k;
      }
    }
    this.data[k] = data.subarray(start, start + size);
    this.grad[k] = grad === null ? null : grad.subarray(start, start + size);
    this.gradView[k] = null;
    this.keyChunk[k] = -1;
    this.keyOffset[k] = -1;
    return k;
  }

  /** Makes all memory available again; views handed out before must no longer be read (the tape enforces this). */
  reset(): void {
    this.chunk = 0;
    this.offset = 0;
    this.slot = 0;
  }

  /** Zeroes the gradient memory handed out since the last reset. */
  zeroGrads(): void {
    for (let c = 0; c < this.chunk; c++) this.gradChunks[c].fill(0, 0, this.used[c]);
    if (this.chunk < this.gradChunks.length) this.gradChunks[this.chunk].fill(0, 0, this.offset);
  }

  /** Doubles in use since the last reset (values only). */
  get inUse(): number {
    let n = this.offset;
    for (let c = 0; c < this.chunk; c++) n += this.used[c];
    return n;
  }

  /** Doubles reserved in total (values and gradients), the arena's footprint. */
  get capacity(): number {
    let n = 0;
    for (const c of this.dataChunks) n += 2 * c.length;
    return n;
  }
}
