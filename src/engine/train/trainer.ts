// The Trainer: one deterministic optimisation step at a time (task + model + optimiser), stopping with a clear status instead of producing NaN.
import { NonFiniteError } from '../errors.ts';
import { clipGradNorm, clipGradValue, gradNorm } from '../optim/clip.ts';
import { createOptimizer, type Optimizer, type OptimizerSpec } from '../optim/optimizer.ts';
import { Rng } from '../rng.ts';
import { Tape } from '../tape.ts';
import type { Tensor } from '../tensor.ts';
import type { Shard, TaskRegistry, TrainingTask } from './registry.ts';

/** Everything that defines a run, as plain data: the same settings and seed give the same sequence of steps. */
export interface TrainerSettings {
  task: string;
  /** Task settings; omitted ones take the task's defaults. */
  config?: Record<string, unknown>;
  seed?: number;
  /** Defaults to the task's suggestion, else Adam with lr 0.01. */
  optimizer?: OptimizerSpec;
  /** Rescale gradients whose global norm exceeds this (Pascanu et al. 2013). */
  clipNorm?: number;
  /** Clamp each gradient element to ±clipValue. */
  clipValue?: number;
  /** Scan forward values for NaN/Infinity every step (default true); off saves a pass over the tape. */
  checkFinite?: boolean;
}

export type StepReport =
  | { status: 'ok'; step: number; loss: number; accuracy: number | null; gradNorm: number }
  | {
      status: 'diverged';
      step: number;
      /** The first op that produced a non-finite value, when it could be found. */
      op: string | null;
      phase: 'forward' | 'backward' | 'update';
      message: string;
    };

/** Why a run stopped: every step after it returns the same report. */
export type DivergedReport = Extract<StepReport, { status: 'diverged' }>;

/** The outcome of computeGradients when the step can go on to its update. */
export interface GradientReport {
  status: 'ok';
  loss: number;
  accuracy: number | null;
}

export class Trainer {
  readonly settings: TrainerSettings;
  readonly task: TrainingTask;
  readonly optimizer: Optimizer;
  /** True when the task keeps the shard contract (its batch may be split over workers). */
  readonly shards: boolean;
  /** The parameters in the task's order: the order a data-parallel run packs them in. */
  readonly params: Tensor[];
  private readonly tape = new Tape();
  private lastLoss: Tensor | null = null;
  private steps = 0;
  private stopped: DivergedReport | null = null;

  /** `registry` names the tasks `settings.task` is looked up in; the engine has none of its own. */
  constructor(settings: TrainerSettings, registry: TaskRegistry) {
    this.settings = settings;
    const rng = new Rng(settings.seed ?? 1);
    const made = registry.create(settings.task, settings.config ?? {}, rng);
    this.task = made.task;
    this.shards = made.shards;
    this.params = Object.values(made.task.params);
    this.optimizer = createOptimizer(
      this.params,
      settings.optimizer ?? made.optimizer ?? { type: 'adam', lr: 0.01 },
    );
  }

  /** Steps completed so far. */
  get stepCount(): number {
    return this.steps;
  }

  /** The divergence report once a run has diverged (it then refuses further steps), else null. */
  get diverged(): DivergedReport | null {
    return this.stopped;
  }

  /** One step: forward, backward, optional clipping, update. Returns the loss, or why the run stopped. */
  step(): StepReport {
    if (this.stopped !== null) return this.stopped;
    const step = this.steps + 1;
    const g = this.computeGradients(step);
    if (g.status !== 'ok') return g;
    return this.applyGradients(step, g.loss, g.accuracy);
  }

  /**
   * Forward and backward of step `step` (on `shard` of its batch, if given): leaves the gradients in the
   * parameters' `grad` and returns the loss, or the divergence report (the run then stays stopped).
   * A data-parallel leader adds its followers' gradients before applyGradients.
   */
  computeGradients(step: number, shard?: Shard): GradientReport | DivergedReport {
    if (this.stopped !== null) return this.stopped;
    const { tape } = this;
    this.optimizer.zeroGrad();
    tape.reset();
    const out = tape.run(() => this.task.loss(step, shard));
    const loss = out.loss.item();
    if (!Number.isFinite(loss) || this.settings.checkFinite !== false) {
      const bad = tape.findNonFinite();
      if (bad !== null || !Number.isFinite(loss)) {
        return this.halt(step, bad?.op ?? null, 'forward', `the loss became ${loss} at step ${step}`);
      }
    }
    tape.backward(out.loss);
    this.lastLoss = out.loss;
    return { status: 'ok', loss, accuracy: out.accuracy ?? null };
  }

  /** Clipping and one optimiser update with the gradients the parameters hold; completes step `step`. */
  applyGradients(step: number, loss: number, accuracy: number | null): StepReport {
    if (this.stopped !== null) return this.stopped;
    const { params } = this;
    let norm = gradNorm(params);
    if (!Number.isFinite(norm))
      return this.halt(
        step,
        this.findBackwardOp(),
        'backward',
        `the gradient norm became ${norm} at step ${step}`,
      );
    if (this.settings.clipValue !== undefined) clipGradValue(params, this.settings.clipValue);
    if (this.settings.clipNorm !== undefined) norm = clipGradNorm(params, this.settings.clipNorm);
    this.optimizer.step();
    for (const p of params) {
      const d = p.data;
      for (let i = 0; i < d.length; i++) {
        if (!Number.isFinite(d[i]))
          return this.halt(step, null, 'update', `a parameter overflowed in the update of step ${step}`);
      }
    }
    this.steps = step;
    return { status: 'ok', step, loss, accuracy, gradNorm: norm };
  }

  /** The task's held-out metrics (an empty record if it has none). */
  evaluate(): Record<string, number> {
    return this.task.evaluate?.() ?? {};
  }

  /** The task's answer to `request` (see TrainingTask.inspect); throws when the task answers none. */
  inspect(request: unknown): unknown {
    if (this.task.inspect === undefined)
      throw new Error(`task '${this.settings.task}' answers no inspect requests`);
    return this.task.inspect(request);
  }

  /** A copy of every parameter, safe to post to another thread. */
  snapshot(): Record<string, { rows: number; cols: number; data: Float64Array }> {
    const out: Record<string, { rows: number; cols: number; data: Float64Array }> = {};
    for (const [name, p] of Object.entries(this.task.params))
      out[name] = { rows: p.rows, cols: p.cols, data: p.data.slice() };
    return out;
  }

  /**
   * Re-runs the last backward with per-op checks to name the op whose backward first produced a
   * non-finite gradient (null when the non-finite gradient came from elsewhere, e.g. a follower's share).
   */
  private findBackwardOp(): string | null {
    if (this.lastLoss === null || !this.lastLoss.live) return null;
    try {
      this.tape.backward(this.lastLoss, { checkFinite: true });
    } catch (e) {
      if (e instanceof NonFiniteError) return e.op;
      throw e;
    }
    return null;
  }

  /** Stops the run with a report made elsewhere (a data-parallel follower's); every later step returns it. */
  stopWith(report: DivergedReport): DivergedReport {
    this.stopped = report;
    return report;
  }

  /** Stops the run at `step` with a divergence report; every later step returns it. */
  halt(
    step: number,
    op: string | null,
    phase: 'forward' | 'backward' | 'update',
    message: string,
  ): DivergedReport {
    this.stopped = {
      status: 'diverged',
      step,
      op,
      phase,
      message: op === null ? message : `${message} (first non-finite value from '${op}')`,
    };
    return this.stopped;
  }
}
