// One training run of a figure as the reader sees it: one or several channels to training workers (its
// parts) that start, pause, finish and train again together, with progress and the time left measured
// from the steps it actually took. The figure element owns it (see figureRuns.ts); views only read it.
import type { KernelName, StatusMessage, TrainerStatus } from '../../engine/index.ts';

/** What a figure run needs from each of its channels (a TrainingRun, a DatesRun, a sampling run…). */
export interface RunPart {
  readonly status: StatusMessage | null;
  /** Steps completed. */
  readonly step: number;
  readonly maxSteps: number;
  /** Workers (cores) this part trains on, once known; parts that do not say are not counted. */
  readonly workers?: number;
  /** The kernel its large matrix products use, once known. */
  readonly kernel?: KernelName;
  start(): void;
  pause(): void;
  /** Stops listening and closes the channel (its worker ends when its last channel closes). */
  dispose(): void;
  onChange(fn: () => void): () => void;
}

/**
 * starting: no part trains yet · running · paused: by the reader · away: held while the figure is off
 * screen or the tab hidden · finished: every part ended, one at least after its last step · stopped:
 * every part ended early (overflow, error).
 */
export type RunState = 'starting' | 'running' | 'paused' | 'away' | 'finished' | 'stopped';

export interface RunProgress {
  /** Steps taken, summed over the parts; a part that ended counts as complete. */
  step: number;
  total: number;
  /** Seconds left at the measured speed, or null while there is no speed to go by (never NaN). */
  secondsLeft: number | null;
}

const ENDED: ReadonlySet<TrainerStatus> = new Set(['done', 'cancelled', 'diverged', 'error']);
/** The speed is measured over the steps of the last few seconds of training. */
const WINDOW_MS = 5000;

export interface FigureRunOptions {
  /** Milliseconds now; tests pass a clock they move by hand. */
  now?: () => number;
  /** Start held, as when the figure is already off screen. */
  away?: boolean;
}

export class FigureRun<P extends RunPart = RunPart> {
  readonly key: string;
  parts: P[] = [];
  readonly #open: () => P[];
  readonly #now: () => number;
  readonly #listeners = new Set<(statusChanged: boolean) => void>();
  #offs: (() => void)[] = [];
  #seen: (TrainerStatus | undefined)[] = [];
  #readerPaused = false;
  #away: boolean;
  #disposed = false;
  #samples: { t: number; step: number }[] = [];
  #trainedMs = 0;
  #runningSince: number | null = null;

  /** `open` makes the parts, each on a fresh channel; "Train again" calls it again. */
  constructor(key: string, open: () => P[], options: FigureRunOptions = {}) {
    this.key = key;
    this.#open = open;
    this.#now = options.now ?? (() => performance.now());
    this.#away = options.away ?? false;
    this.#begin();
  }

  get disposed(): boolean {
    return this.#disposed;
  }

  get state(): RunState {
    const statuses = this.parts.map((p) => p.status?.status);
    if (statuses.length > 0 && statuses.every((s) => s !== undefined && ENDED.has(s)))
      return statuses.includes('done') ? 'finished' : 'stopped';
    if (this.#readerPaused) return 'paused';
    if (this.#away) return 'away';
    return statuses.includes('running') ? 'running' : 'starting';
  }

  /** True when the run has ended and only "Train again" can move it. */
  get ended(): boolean {
    const s = this.state;
    return s === 'finished' || s === 'stopped';
  }

  get progress(): RunProgress {
    let total = 0;
    let left = 0;
    for (const p of this.parts) {
      total += p.maxSteps;
      const s = p.status?.status;
      if (s === undefined || !ENDED.has(s)) left += Math.max(0, p.maxSteps - p.step);
    }
    const rate = this.#rate();
    const secondsLeft = left === 0 ? 0 : rate === null ? null : left / rate;
    return { step: total - left, total, secondsLeft };
  }

  /** Cores a one-part run trains on, once its worker said; null when unknown or the parts share workers. */
  get cores(): number | null {
    return this.parts.length === 1 ? (this.parts[0].workers ?? null) : null;
  }

  /** The kernel a one-part run's products use, once its worker said; null when unknown or several parts. */
  get kernel(): KernelName | null {
    return this.parts.length === 1 ? (this.parts[0].kernel ?? null) : null;
  }

  /** Seconds spent training (paused and held time left out), for "reached in … s" readouts. */
  get seconds(): number {
    const now = this.#runningSince === null ? 0 : this.#now() - this.#runningSince;
    return (this.#trainedMs + now) / 1000;
  }

  /** Calls `fn` on every change; `statusChanged` says whether the run's state changed (worth drawing at once). */
  onChange(fn: (statusChanged: boolean) => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  /** The reader's pause: it holds until the reader resumes, whether the figure leaves the screen or not. */
  pause(): void {
    this.#readerPaused = true;
    this.#apply(true);
  }

  resume(): void {
    this.#readerPaused = false;
    this.#apply(true);
  }

  /** Holds the run while the figure is far off screen or the tab is hidden, and lets it go on after. */
  setAway(away: boolean): void {
    if (away === this.#away) return;
    this.#away = away;
    this.#apply(true);
  }

  /** The same settings from step 0 on fresh channels: the same seed gives the same result. */
  again(): void {
    if (this.#disposed) return;
    this.#close();
    this.#readerPaused = false;
    this.#trainedMs = 0;
    this.#runningSince = null;
    this.#begin();
    this.#emit(true);
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#close();
    this.#listeners.clear();
  }

  #begin(): void {
    this.parts = this.#open();
    this.#seen = this.parts.map((p) => p.status?.status);
    this.#samples = [];
    this.#offs = this.parts.map((p, i) => p.onChange(() => this.#changed(i)));
    this.#apply(false);
  }

  #close(): void {
    for (const off of this.#offs) off();
    this.#offs = [];
    for (const p of this.parts) p.dispose();
    this.#clock();
  }

  #changed(i: number): void {
    if (this.#disposed) return;
    const s = this.parts[i]?.status?.status;
    const statusChanged = s !== this.#seen[i];
    this.#seen[i] = s;
    if (statusChanged) this.#apply(false);
    this.#clock();
    if (this.state === 'running') {
      const t = this.#now();
      this.#samples.push({ t, step: this.progress.step });
      while (this.#samples.length > 2 && t - this.#samples[0].t > WINDOW_MS) this.#samples.shift();
    }
    this.#emit(statusChanged);
  }

  /** Tells each part what the run wants: to train, or to hold. Only a change of status or hold acts. */
  #apply(emit: boolean): void {
    if (this.#disposed) return;
    const hold = this.#readerPaused || this.#away;
    for (const p of this.parts) {
      const s = p.status?.status;
      if (hold && s === 'running') p.pause();
      else if (!hold && s === 'paused') p.start();
    }
    // a speed measured before a pause says nothing about the time the pause took
    if (hold) this.#samples = [];
    this.#clock();
    if (emit) this.#emit(true);
  }

  /** Keeps the training-time clock: it runs only while the run's state is 'running'. */
  #clock(): void {
    const running = !this.#disposed && this.state === 'running';
    if (running && this.#runningSince === null) this.#runningSince = this.#now();
    if (!running && this.#runningSince !== null) {
      this.#trainedMs += this.#now() - this.#runningSince;
      this.#runningSince = null;
    }
  }

  /** Steps per second over the last few seconds of training, or null without enough to measure. */
  #rate(): number | null {
    const a = this.#samples[0];
    const b = this.#samples[this.#samples.length - 1];
    if (!a || !b) return null;
    const dt = (b.t - a.t) / 1000;
    const ds = b.step - a.step;
    if (!(dt >= 0.2) || !(ds > 0)) return null;
    const rate = ds / dt;
    return Number.isFinite(rate) ? rate : null;
  }

  #emit(statusChanged: boolean): void {
    for (const fn of this.#listeners) fn(statusChanged);
  }
}
