// The step-time figure's run: each (length, model) cell in turn on a training worker, timed from the page in batches of steps (see timeCell), as a part of a FigureRun (held when away, the run bar, "Train again").
import { type PortLike, type StatusMessage, TrainerClient } from '../../../engine/index.ts';
import type { RunPart } from '../../training/figureRun.ts';
import { RACER_NAME, raceSettingsFor, type Racer } from '../../models/raceRacers.ts';
import { CELLS, type Timing, timeCell } from './timingCells.ts';

/** Steps k on a client and resolves once the worker reports them done (it pauses after a 'step' message). */
function stepper(client: TrainerClient): (k: number) => Promise<void> {
  return (k) =>
    new Promise((resolve, reject) => {
      const off = client.onStatus((s) => {
        if (s.status === 'paused') {
          off();
          resolve();
        } else if (s.status !== 'running' && s.status !== 'idle') {
          // 'idle' is the answer to init, which can arrive after init resolves
          off();
          reject(new Error(s.message ?? `the run ended: ${s.status}`));
        }
      });
      client.step(k);
    });
}

export class TimingRun implements RunPart {
  readonly timings: Timing[] = [];
  status: StatusMessage | null = null;
  step = 0;
  readonly maxSteps = CELLS.length;
  readonly #listeners = new Set<() => void>();
  #held = false;
  #wake: (() => void) | null = null;
  #disposed = false;
  #port: (PortLike & { terminate?(): void }) | null = null;
  readonly #channel: () => PortLike & { terminate?(): void };
  readonly #sizes: Record<Racer, { hidden: number }>;
  readonly #reps: number;

  /**
   * `channel` opens a port to a training worker; `sizes` gives each racer's state size (the recorded
   * budget). The next cell's port opens before the last one closes, so the worker lives through the run.
   */
  constructor(
    channel: () => PortLike & { terminate?(): void },
    sizes: Record<Racer, { hidden: number }>,
    reps: number,
  ) {
    this.#channel = channel;
    this.#sizes = sizes;
    this.#reps = reps;
    this.#set('running');
    void this.#run();
  }

  #set(status: StatusMessage['status'], message?: string): void {
    this.status = { type: 'status', status, step: this.step, ...(message ? { message } : {}) };
    this.#emit();
  }

  #emit(): void {
    for (const fn of this.#listeners) fn();
  }

  async #run(): Promise<void> {
    try {
      for (const { racer, length } of CELLS) {
        while (this.#held) await new Promise<void>((r) => (this.#wake = r));
        if (this.#disposed) return;
        const port = this.#channel();
        this.#port?.terminate?.();
        this.#port = port;
        const client = new TrainerClient(port);
        await client.init(raceSettingsFor(racer, length - 1, this.#sizes[racer].hidden));
        const ms = await timeCell(stepper(client), this.#reps);
        if (this.#disposed) return;
        this.timings.push({ racer, length, ms });
        this.step++;
        this.#emit();
      }
      this.#port?.terminate?.();
      this.#port = null;
      this.#set('done');
    } catch (e) {
      if (this.#disposed) return;
      const cell = CELLS[this.step];
      this.#set(
        'error',
        `${RACER_NAME[cell.racer]} at T = ${cell.length}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  }

  /** Resumes after the cell being timed (a cell is a few seconds at most). */
  start(): void {
    if (!this.#held) return;
    this.#held = false;
    this.#set('running');
    this.#wake?.();
    this.#wake = null;
  }

  /** Holds before the next cell. */
  pause(): void {
    if (this.#held || this.status?.status !== 'running') return;
    this.#held = true;
    this.#set('paused');
  }

  onChange(fn: () => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  dispose(): void {
    this.#disposed = true;
    this.#listeners.clear();
    this.#port?.terminate?.();
    this.#port = null;
    this.#wake?.();
  }
}
