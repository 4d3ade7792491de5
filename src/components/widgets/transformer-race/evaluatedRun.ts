// A training run of one race cell that asks its worker for the held-out accuracy once its last step is taken, so the page can set it beside the recording.
import type { PortLike, RunSettings } from '../../../engine/index.ts';
import { TrainingRun } from '../../training/trainingRun.ts';

export class EvaluatedRun extends TrainingRun {
  /** The task's evaluate() after the last step (held-out accuracy and loss; for reversal the per-token score too), once the worker answers. */
  heldOut: { accuracy: number; loss: number; digit: number | null } | null = null;
  private asked = false;

  constructor(port: PortLike & { terminate?(): void }, settings: RunSettings & { maxSteps: number }) {
    super(port, settings);
    this.onChange(() => {
      if (this.asked || this.status?.status !== 'done') return;
      this.asked = true;
      this.evaluate()
        .then((e) => {
          this.heldOut = {
            accuracy: e.metrics.accuracy,
            loss: e.metrics.loss,
            digit: e.metrics.digit ?? null,
          };
          this.emit();
        })
        .catch(() => {
          // a closed channel: the run was disposed while asking
        });
    });
  }
}
