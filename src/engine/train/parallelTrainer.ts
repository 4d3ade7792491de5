// Data-parallel training (issue 14): one step's batch split over k workers. The leader computes share 0
// itself while k − 1 followers compute shares 1 … k − 1; it sums the gradients in shard order, clips and
// takes one optimiser step, and sends the new parameters with the next step's request.
import { type FollowerMessage, HelperFailure, type LeaderMessage, type TransferPort } from './follower.ts';
import { addGrads, packParams } from './packing.ts';
import type { ParamSnapshot } from './protocol.ts';
import type { TaskRegistry, TrainingTask } from './registry.ts';
import { type StepReport, Trainer, type TrainerSettings } from './trainer.ts';

// Why the leader sends parameters rather than every worker applying the same update: the update needs
// the summed gradient on every worker anyway (as much traffic as the parameters), and a follower with no
// optimiser state of its own cannot drift from the leader, so determinism rests on one fact only: the
// sum is taken in shard order (0, 1, …, k − 1), whatever order the answers arrive in.

interface Follower {
  port: TransferPort;
  waiting: ((m: FollowerMessage) => void) | null;
  listener: (event: MessageEvent) => void;
  /** Hands the step waiting for this follower its answer. */
  answer: (m: FollowerMessage) => void;
}

export class ParallelTrainer {
  /** The leader's own trainer: shard 0, the optimiser, the step count and the divergence report. */
  readonly local: Trainer;
  private readonly followers: Follower[];
  /** Set when a follower failed: every later step fails at once with it. */
  private failure: string | null = null;

  /** `ports` reach followers (serveFollower) that know the same tasks; each gets `settings` at once. */
  constructor(settings: TrainerSettings, registry: TaskRegistry, ports: readonly TransferPort[]) {
    this.local = new Trainer(settings, registry);
    if (ports.length > 0 && !this.local.shards)
      throw new Error(`task '${settings.task}' cannot split its batch over workers`);
    this.followers = ports.map((port) => {
      const f: Follower = {
        port,
        waiting: null,
        listener: (event) => f.answer(event.data as FollowerMessage),
        answer: (m) => {
          const resolve = f.waiting;
          f.waiting = null;
          resolve?.(m);
        },
      };
      port.addEventListener('message', f.listener);
      port.start?.();
      port.postMessage({ type: 'init', settings } satisfies LeaderMessage);
      return f;
    });
  }

  /** Workers taking part in each step, the leader included. */
  get workers(): number {
    return this.followers.length + 1;
  }

  get task(): TrainingTask {
    return this.local.task;
  }

  get stepCount(): number {
    return this.local.stepCount;
  }

  /** One step over all workers; the same report a Trainer gives, up to the order of float sums. */
  async step(): Promise<StepReport> {
    const t = this.local;
    if (t.diverged !== null) return t.diverged;
    if (this.failure !== null) throw new HelperFailure(this.failure);
    const step = t.stepCount + 1;
    const count = this.workers;
    const params = packParams(t.params);
    const answers = this.followers.map((f, i) =>
      this.ask(f, step, i + 1, count, i === this.followers.length - 1 ? params : params.slice()),
    );
    // shard 0 here while the followers compute theirs
    const own = t.computeGradients(step, { index: 0, count });
    const got = await Promise.all(answers);
    if (own.status !== 'ok') return own;
    let loss = own.loss;
    let accuracy = own.accuracy;
    for (const m of got) {
      if (m.type === 'error') throw new HelperFailure(m.message);
      if (m.type === 'diverged') {
        const { op, phase, message } = m;
        return t.stopWith({ status: 'diverged', step, op, phase, message });
      }
      addGrads(t.params, m.grads);
      loss += m.loss;
      accuracy = accuracy === null || m.accuracy === null ? null : accuracy + m.accuracy;
    }
    return t.applyGradients(step, loss, accuracy);
  }

  evaluate(): Record<string, number> {
    return this.local.evaluate();
  }

  inspect(request: unknown): unknown {
    return this.local.inspect(request);
  }

  snapshot(): ParamSnapshot {
    return this.local.snapshot();
  }

  /**
   * A follower failed where its port cannot say so (the page saw its worker's 'error' event): the step
   * waiting for it, and every later one, fails with `message` instead of waiting for ever.
   */
  fail(message: string): void {
    this.failure ??= message;
    for (const f of this.followers) f.answer({ type: 'error', message: this.failure });
  }

  /** Stops listening to the followers (the page terminates their workers with the leader's). */
  close(): void {
    for (const f of this.followers) f.port.removeEventListener('message', f.listener);
  }

  private ask(
    f: Follower,
    step: number,
    index: number,
    count: number,
    params: Float64Array,
  ): Promise<FollowerMessage> {
    return new Promise((resolve) => {
      f.waiting = resolve;
      const m: LeaderMessage = { type: 'shard', step, shard: { index, count }, params };
      f.port.postMessage(m, [params.buffer]);
    });
  }
}
