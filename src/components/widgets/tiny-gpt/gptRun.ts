// One run of the tiny GPT in a worker that also measures it: the held-out loss every EVAL_EVERY steps (the task's own evaluate(), in the worker) and snapshots of its weights for sampling in the page, the untrained model first.
import type { ParamSnapshot, PortLike, RunSettings } from '../../../engine/index.ts';
import { baselineFromMetrics, type CharBaseline } from '../../../tasks/charNgram.ts';
import { TrainingRun } from '../../training/trainingRun.ts';

/** Steps between two held-out evaluations. */
export const EVAL_EVERY = 100;

export interface Evaluation {
  step: number;
  heldOutLoss: number;
}

export interface Snapshot {
  step: number;
  params: ParamSnapshot;
  /** Kept for good (step 0 or a doubling of the steps); otherwise the next snapshot replaces it. */
  kept: boolean;
}

export class GptRun extends TrainingRun {
  evaluations: Evaluation[] = [];
  /** Snapshots kept for samples: step 0, then about every doubling of the steps, and the latest. */
  snapshots: Snapshot[] = [];
  /** The character n-gram baseline the worker computed, when the run's config asked for it. */
  baseline: CharBaseline | null = null;
  private nextCheck = 0;
  private nextKeep = 0;
  private pending = false;
  private closed = false;

  constructor(port: PortLike & { terminate?(): void }, settings: RunSettings & { maxSteps: number }) {
    // not started on its own: the untrained model is measured first
    super(port, settings, false);
    this.onChange(() => this.maybeCheck());
    this.ready.then(() => this.check().then(() => !this.closed && this.start()));
  }

  private async check(): Promise<void> {
    this.pending = true;
    try {
      const ev = await this.evaluate();
      const snap = await this.snapshot();
      if (this.closed) return;
      const loss = ev.metrics.heldOutLoss;
      if (Number.isFinite(loss)) this.evaluations.push({ step: ev.step, heldOutLoss: loss });
      this.baseline ??= baselineFromMetrics(ev.metrics);
      const last = this.snapshots[this.snapshots.length - 1];
      if (last !== undefined && !last.kept) this.snapshots.pop();
      const kept = snap.step >= this.nextKeep;
      if (kept) this.nextKeep = Math.max(EVAL_EVERY, 2 * snap.step);
      this.snapshots.push({ ...snap, kept });
      this.nextCheck = ev.step + EVAL_EVERY;
      this.emit();
    } catch {
      // a closed channel: the run was disposed while asking
    } finally {
      this.pending = false;
    }
  }

  private maybeCheck(): void {
    if (this.pending || this.closed) return;
    const s = this.status?.status;
    const last = this.evaluations[this.evaluations.length - 1]?.step;
    const finished = s === 'done' && last !== this.step;
    if ((s === 'running' && this.step >= this.nextCheck) || finished) void this.check();
  }

  override dispose(): void {
    this.closed = true;
    super.dispose();
  }
}
