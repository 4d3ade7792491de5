// What one channel of a training run records for the loss-curve figures (chapters 3–5): the loss and gradient-norm history and the status in words. A FigureRun drives it (start, pause, dispose).
import {
  type KernelName,
  type PortLike,
  type RunSettings,
  type StatusMessage,
  TrainerClient,
} from '../../engine/index.ts';
import type { RunPart } from './figureRun.ts';

export interface Point {
  step: number;
  loss: number;
  /** The global gradient norm before clipping. */
  gradNorm: number;
}

/** The status a reader sees: a diverged run reads "overflow at step t", never a non-finite number. */
export function statusText(s: StatusMessage | null, maxSteps: number): string {
  if (s === null) return 'starting…';
  switch (s.status) {
    case 'idle':
      return 'ready';
    case 'running':
      return 'training…';
    case 'paused':
      return `paused at step ${s.step}`;
    case 'done':
      return `finished ${maxSteps} steps`;
    case 'cancelled':
      return 'stopped';
    case 'diverged':
      return `overflow at step ${s.step + 1}: the ${s.phase === 'forward' ? 'forward pass' : s.phase === 'backward' ? 'gradient' : 'update'} grew past the largest number a computer can hold, so training stopped`;
    case 'error':
      return s.helper
        ? `a helper worker failed: ${s.message ?? 'unknown error'}; the run stopped`
        : `the training worker failed: ${s.message ?? 'unknown error'}`;
  }
}

export class TrainingRun implements RunPart {
  readonly points: Point[] = [];
  status: StatusMessage | null = null;
  /** Steps completed, from the latest progress or status message. */
  step = 0;
  private readonly client: TrainerClient;
  private readonly listeners = new Set<() => void>();
  private disposed = false;

  readonly settings: RunSettings & { maxSteps: number };
  /** Workers the run trains on, once its worker is ready (data parallel above 1). */
  workers: number | undefined = undefined;
  /** The kernel its large matrix products use, once its worker is ready. */
  kernel: KernelName | undefined = undefined;

  constructor(
    port: PortLike & { terminate?(): void },
    settings: RunSettings & { maxSteps: number },
    autostart = true,
  ) {
    this.settings = settings;
    this.client = new TrainerClient(port);
    this.client.onProgress((p) => {
      this.step = p.step;
      if (Number.isFinite(p.loss) && Number.isFinite(p.gradNorm))
        this.points.push({ step: p.step, loss: p.loss, gradNorm: p.gradNorm });
      this.emit();
    });
    this.client.onStatus((s) => {
      this.status = s;
      this.step = s.step;
      this.emit();
    });
    this.ready = this.client.init(settings).then(() => {
      this.workers = this.client.workers;
      this.kernel = this.client.kernel ?? undefined;
      if (autostart && !this.disposed) this.client.start();
    });
  }

  readonly ready: Promise<void>;

  get maxSteps(): number {
    return this.settings.maxSteps;
  }

  get running(): boolean {
    return this.status?.status === 'running';
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

  /** The trained weights now, for sampling in the page. */
  snapshot() {
    return this.client.snapshot();
  }

  /** The task's evaluation metrics now (e.g. a held-out loss), computed in the worker. */
  evaluate() {
    return this.client.evaluate();
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
    this.client.dispose();
  }

  protected emit(): void {
    for (const fn of this.listeners) fn();
  }
}
