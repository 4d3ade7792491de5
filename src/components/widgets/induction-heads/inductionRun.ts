// One run of the 'induction' task in a worker, measured at exact steps: it asks the worker for EVAL_EVERY
// steps at a time, then for the task's evaluate() (the first- and second-copy losses and every head's
// attention on the probe, all computed in the worker), so
// every evaluation falls on a multiple of EVAL_EVERY and the same seed names the same step where the copy forms.
import {
  type PortLike,
  type RunSettings,
  type StatusMessage,
  TrainerClient,
  type TrainerStatus,
} from '../../../engine/index.ts';
import type { RunPart } from '../../training/figureRun.ts';

/** Steps between two evaluations: fine enough to name the step where the copy forms. */
export const EVAL_EVERY = 25;

export interface CopyEvaluation {
  step: number;
  /** Mean loss on the first copy (unpredictable: ln V at best) and on the second (copyable), nats per token. */
  first: number;
  second: number;
}

const ENDED: ReadonlySet<TrainerStatus> = new Set(['done', 'cancelled', 'diverged', 'error']);

export class InductionRun implements RunPart {
  status: StatusMessage | null = null;
  step = 0;
  readonly maxSteps: number;
  readonly workers = 1;
  evaluations: CopyEvaluation[] = [];
  /** The worker's latest evaluation, whole (the heads' maps among its metrics). */
  latest: { step: number; metrics: Record<string, number> } | null = null;
  readonly ready: Promise<void>;
  private readonly client: TrainerClient;
  private readonly listeners = new Set<() => void>();
  private wanted = false;
  private pumping = false;
  private closed = false;

  constructor(port: PortLike & { terminate?(): void }, settings: RunSettings & { maxSteps: number }) {
    this.maxSteps = settings.maxSteps;
    this.client = new TrainerClient(port);
    // the worker's own pauses between chunks are not the reader's: only an end (or a failure) is passed on
    this.client.onStatus((s) => {
      // 'done' comes before the last chunk's evaluation, which is queued after it: pump() says done once measured
      if (!ENDED.has(s.status) || s.status === 'done') return;
      this.wanted = false;
      this.status = s;
      this.step = s.step;
      this.emit();
    });
    this.ready = this.client.init(settings).then(async () => {
      await this.measure(); // the untrained model first
      this.start();
    });
  }

  private setStatus(status: TrainerStatus): void {
    if (this.status !== null && ENDED.has(this.status.status)) return;
    this.status = { type: 'status', status, step: this.step };
    this.emit();
  }

  private async measure(): Promise<void> {
    const ev = await this.client.evaluate();
    if (this.closed) return;
    const { firstCopyLoss: first, secondCopyLoss: second } = ev.metrics;
    if (Number.isFinite(first) && Number.isFinite(second))
      this.evaluations.push({ step: ev.step, first, second });
    this.latest = ev;
    this.step = ev.step;
    this.emit();
  }

  private async pump(): Promise<void> {
    if (this.pumping || this.closed) return;
    this.pumping = true;
    this.setStatus('running');
    try {
      while (this.wanted && !this.closed && this.step < this.maxSteps) {
        this.client.step(Math.min(EVAL_EVERY, this.maxSteps - this.step));
        // the worker answers in order: these come after the steps
        await this.measure();
      }
    } catch {
      // a closed channel: the run was disposed while asking
    }
    this.pumping = false;
    if (!this.closed) this.setStatus(this.step >= this.maxSteps ? 'done' : 'paused');
  }

  start(): void {
    this.wanted = true;
    void this.pump();
  }

  pause(): void {
    this.wanted = false;
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  dispose(): void {
    this.closed = true;
    this.wanted = false;
    this.listeners.clear();
    this.client.dispose();
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }
}
