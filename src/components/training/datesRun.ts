// One 'dates' training run in a worker, as the Chapter 6–7 figures see it: loss, held-out accuracy per input length and trained weights, refreshed every few seconds while it trains.
import {
  type AttentionKind,
  type ParamSnapshot,
  type PortLike,
  type RunSettings,
  type StatusMessage,
  TrainerClient,
} from '../../engine/index.ts';
import { LENGTH_BANDS } from '../../tasks/index.ts';
import type { RunPart } from './figureRun.ts';

export interface Band {
  lo: number;
  hi: number;
  exact: number;
  char: number;
}

export interface Evaluation {
  step: number;
  /** Seconds the run has been training (wall clock while running, evaluation pauses included). */
  seconds: number;
  exact: number;
  bands: Band[];
  params: ParamSnapshot;
}

export interface DatesRunSettings {
  /** The engine task; 'reverse' (digit reversal) is Chapter 6's second task. Default 'dates'. */
  task?: 'dates' | 'reverse';
  /** For 'reverse': the task's own settings. */
  reverseConfig?: Record<string, unknown>;
  attention: AttentionKind;
  hidden: number;
  seed: number;
  maxSteps: number;
  /** Held-out examples per length band. */
  evalPerBand: number;
  /** Milliseconds between evaluations while running. */
  evalEveryMs: number;
}

export function runSettings(s: DatesRunSettings): RunSettings & { maxSteps: number } {
  if (s.task === 'reverse')
    return {
      task: 'reverse',
      config: s.reverseConfig ?? {},
      seed: s.seed,
      clipNorm: 5,
      optimizer: { type: 'adam', lr: 0.01 },
      maxSteps: s.maxSteps,
      reportEveryMs: 250,
    };
  return {
    task: 'dates',
    config: { attention: s.attention, hidden: s.hidden, evalPerBand: s.evalPerBand },
    seed: s.seed,
    clipNorm: 5,
    maxSteps: s.maxSteps,
    reportEveryMs: 250,
  };
}

/**
 * Turns evaluate()'s flat metrics into bands; a missing metric reads 0, never NaN. Dates report
 * length bands ('exact6-9', …); reversal reports single lengths ('exact2', …), each a band lo = hi.
 */
export function toBands(metrics: Record<string, number>, task: 'dates' | 'reverse' = 'dates'): Band[] {
  if (task === 'reverse') {
    const lengths = Object.keys(metrics)
      .map((k) => /^exact(\d+)$/.exec(k))
      .filter((m) => m !== null)
      .map((m) => Number(m[1]))
      .sort((a, b) => a - b);
    return lengths.map((n) => {
      const e = metrics[`exact${n}`];
      const c = metrics[`char${n}`];
      return { lo: n, hi: n, exact: Number.isFinite(e) ? e : 0, char: Number.isFinite(c) ? c : 0 };
    });
  }
  return LENGTH_BANDS.map(([lo, hi]) => {
    const e = metrics[`exact${lo}-${hi}`];
    const c = metrics[`char${lo}-${hi}`];
    return { lo, hi, exact: Number.isFinite(e) ? e : 0, char: Number.isFinite(c) ? c : 0 };
  });
}

export class DatesRun implements RunPart {
  readonly settings: DatesRunSettings;
  status: StatusMessage | null = null;
  step = 0;
  loss: number | null = null;
  /** Every evaluation so far, oldest first. */
  readonly evaluations: Evaluation[] = [];
  /** Seconds of training when held-out exact match first reached 95%, or null. */
  reached95: { seconds: number; step: number } | null = null;
  private readonly client: TrainerClient;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private runningSince: number | null = null;
  private trainedMs = 0;
  private evaluating = false;
  private again = false;
  private disposed = false;
  readonly ready: Promise<void>;

  constructor(port: PortLike & { terminate?(): void }, settings: DatesRunSettings, autostart = true) {
    this.settings = settings;
    this.client = new TrainerClient(port);
    this.client.onProgress((p) => {
      this.step = p.step;
      if (Number.isFinite(p.loss)) this.loss = p.loss;
      this.emit();
    });
    this.client.onStatus((s) => {
      const was = this.status?.status;
      this.status = s;
      this.step = s.step;
      if (s.status === 'running' && was !== 'running') this.runningSince = Date.now();
      if (s.status !== 'running' && this.runningSince !== null) {
        this.trainedMs += Date.now() - this.runningSince;
        this.runningSince = null;
      }
      if (s.status === 'running') this.schedule();
      // the last word: evaluate once more when the run stops on its own
      if (s.status === 'done' || s.status === 'paused') void this.evaluate();
      this.emit();
    });
    this.ready = this.client.init(runSettings(settings)).then(async () => {
      await this.evaluate();
      if (autostart && !this.disposed) this.client.start();
    });
  }

  get maxSteps(): number {
    return this.settings.maxSteps;
  }

  get running(): boolean {
    return this.status?.status === 'running';
  }

  get latest(): Evaluation | null {
    return this.evaluations[this.evaluations.length - 1] ?? null;
  }

  /** Seconds trained so far. */
  get seconds(): number {
    return (this.trainedMs + (this.runningSince === null ? 0 : Date.now() - this.runningSince)) / 1000;
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  start(): void {
    this.client.start();
  }

  pause(): void {
    this.client.pause();
  }

  /** Held-out accuracy and the weights now; called on a timer while running. */
  async evaluate(): Promise<void> {
    if (this.disposed) return;
    if (this.evaluating) {
      // asked again mid-evaluation (the run just stopped): evaluate once more afterwards
      this.again = true;
      return;
    }
    this.evaluating = true;
    try {
      const seconds = this.seconds;
      const { step, metrics } = await this.client.evaluate();
      const { params } = await this.client.snapshot();
      if (this.disposed) return;
      const bands = toBands(metrics, this.settings.task);
      const ev: Evaluation = { step, seconds, exact: metrics.exact ?? 0, bands, params };
      if (this.latest?.step !== step) this.evaluations.push(ev);
      if (this.reached95 === null && ev.exact >= 0.95) this.reached95 = { seconds, step };
      this.emit();
    } finally {
      this.evaluating = false;
    }
    if (this.again) {
      this.again = false;
      await this.evaluate();
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.listeners.clear();
    this.client.dispose();
  }

  private schedule(): void {
    if (this.timer !== null || this.disposed) return;
    this.timer = setTimeout(async () => {
      this.timer = null;
      if (!this.running) return;
      await this.evaluate();
      this.schedule();
    }, this.settings.evalEveryMs);
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }
}

/** The status in words; a diverged run says so plainly, never with a non-finite number. */
export function runStatusText(run: DatesRun): string {
  const s = run.status;
  const ev = run.latest;
  const acc = ev ? ` · held-out exact match ${(ev.exact * 100).toFixed(0)}% at step ${ev.step}` : '';
  if (s === null) return 'starting…';
  switch (s.status) {
    case 'idle':
      return `ready${acc}`;
    case 'running':
      return `training: step ${run.step}, ${run.seconds.toFixed(0)} s${acc}`;
    case 'paused':
      return `paused at step ${s.step}${acc}`;
    case 'done':
      return `finished ${run.settings.maxSteps} steps in ${run.seconds.toFixed(0)} s${acc}`;
    case 'cancelled':
      return 'stopped';
    case 'diverged':
      return `training stopped at step ${s.step + 1}: a number overflowed`;
    case 'error':
      return `the training worker failed: ${s.message ?? 'unknown error'}`;
  }
}
