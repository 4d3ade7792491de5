// Learning-rate schedules: linear warm-up then cosine decay (as in GPT-2/3 training), and the optimiser wrapper that applies one per step.
import type { Optimizer } from './optimizer.ts';

/** A schedule as plain data (it travels inside an OptimizerSpec, across a worker boundary or in a URL). */
export interface WarmupCosine {
  type: 'warmup-cosine';
  /** Steps of linear warm-up: step s ≤ warmup uses lr·s/warmup (so the first, noisiest Adam steps are small). */
  warmup: number;
  /** The step at which the cosine reaches its floor; later steps stay there. */
  total: number;
  /** Floor as a fraction of lr (default 0.1). */
  minFactor?: number;
}

export type LrSchedule = WarmupCosine;

/**
 * Multiplier of the base learning rate at step s (1, 2, …): s/warmup up to warmup, then
 * min + (1 − min)·½(1 + cos(π·(s − warmup)/(total − warmup))) down to min at total (Loshchilov & Hutter 2017's
 * cosine annealing without restarts).
 */
export function lrFactor(schedule: LrSchedule, step: number): number {
  const { warmup, total } = schedule;
  const min = schedule.minFactor ?? 0.1;
  if (!(Number.isInteger(warmup) && Number.isInteger(total) && warmup >= 0 && total > warmup))
    throw new Error(`lr schedule: needs integers 0 ≤ warmup < total, got warmup ${warmup}, total ${total}`);
  if (!(min >= 0 && min <= 1)) throw new Error(`lr schedule: minFactor must be in [0, 1], got ${min}`);
  if (step <= warmup) return step / warmup;
  const progress = Math.min(1, (step - warmup) / (total - warmup));
  return min + (1 - min) * 0.5 * (1 + Math.cos(Math.PI * progress));
}

/** Wraps an optimiser: `lr` is the base rate (a slider may change it); each step uses lr · lrFactor(schedule, step). */
export class ScheduledOptimizer implements Optimizer {
  lr: number;
  readonly schedule: LrSchedule;
  private readonly inner: Optimizer;
  private t = 0;

  constructor(inner: Optimizer, schedule: LrSchedule) {
    lrFactor(schedule, 1); // validates
    this.inner = inner;
    this.schedule = schedule;
    this.lr = inner.lr;
  }

  /** The rate the last step used (the base rate before the first step). */
  get currentLr(): number {
    return this.t === 0 ? this.lr : this.lr * lrFactor(this.schedule, this.t);
  }

  step(): void {
    this.t++;
    this.inner.lr = this.lr * lrFactor(this.schedule, this.t);
    this.inner.step();
  }

  zeroGrad(): void {
    this.inner.zeroGrad();
  }
}
