// Named training tasks: what a worker entry registers so the trainer can build a model and its loss from plain settings (the engine itself holds no task).
import type { OptimizerSpec } from '../optim/optimizer.ts';
import type { Rng } from '../rng.ts';
import type { Tensor } from '../tensor.ts';

/**
 * One worker's share of a batch in data-parallel training: share `index` of `count` (0 ≤ index < count).
 * The shard contract: with a shard, a task draws EXACTLY the batch it draws without one (same random
 * calls, same order), then computes the loss only over its rows (see shardRows), scaled by 1/B of the
 * whole batch, so the shards' losses, accuracies and gradients sum to the full batch's.
 */
export interface Shard {
  index: number;
  count: number;
}

/** A model with its data source, ready to train. */
export interface TrainingTask {
  /** The trainable parameters by name; the optimiser updates them, snapshots report them. */
  params: Record<string, Tensor>;
  /**
   * Builds the loss of training step `step` (1, 2, …) on the active tape, drawing its batch from the
   * task's own seeded generator; with a shard, only that share of the batch (the contract at Shard).
   */
  loss(step: number, shard?: Shard): { loss: Tensor; accuracy?: number };
  /** Optional metrics on held-out data; runs without gradients. */
  evaluate?(): Record<string, number>;
  /**
   * Optional answers about the model that are more than numbers (text sampled from it, its attention on
   * an input), computed in the worker so the page only draws; `request` and the answer are plain,
   * structured-clone-safe data whose shape the task defines. Runs without gradients.
   */
  inspect?(request: unknown): unknown;
}

/** How to build a task from settings C (plain JSON data, so they can cross a worker boundary or sit in a URL). */
export interface TaskDefinition<C extends object> {
  name: string;
  description: string;
  /** Every setting with its default; a setting not listed here is refused. */
  defaults: C;
  /** The optimiser to use when the trainer is not given one. */
  optimizer?: OptimizerSpec;
  /** True when loss(step, shard) keeps the shard contract, so a run may split its batch over workers. */
  shards?: boolean;
  /** Builds the task; every random choice must come from rng. */
  create(config: C, rng: Rng): TrainingTask;
}

interface StoredTask {
  name: string;
  description: string;
  defaults: object;
  optimizer?: OptimizerSpec;
  shards: boolean;
  create(config: Record<string, unknown>, rng: Rng): TrainingTask;
}

export class TaskRegistry {
  private readonly tasks = new Map<string, StoredTask>();

  /** Adds a task; a second task with the same name replaces the first (so an entry can refine one it imported). */
  register<C extends object>(def: TaskDefinition<C>): void {
    this.tasks.set(def.name, {
      name: def.name,
      description: def.description,
      defaults: def.defaults,
      optimizer: def.optimizer,
      shards: def.shards === true,
      create: (config, rng) => def.create({ ...def.defaults, ...config } as C, rng),
    });
  }

  names(): string[] {
    return [...this.tasks.keys()];
  }

  /** Name, description, defaults, suggested optimiser and shard support of a task, for a settings panel. */
  describe(name: string): {
    name: string;
    description: string;
    defaults: object;
    optimizer?: OptimizerSpec;
    shards: boolean;
  } {
    const t = this.lookup(name);
    return {
      name: t.name,
      description: t.description,
      defaults: t.defaults,
      optimizer: t.optimizer,
      shards: t.shards,
    };
  }

  /** Builds a task, checking that every given setting exists. */
  create(
    name: string,
    config: Record<string, unknown>,
    rng: Rng,
  ): { task: TrainingTask; optimizer?: OptimizerSpec; shards: boolean } {
    const t = this.lookup(name);
    for (const key of Object.keys(config)) {
      if (!(key in t.defaults)) {
        throw new Error(
          `task '${name}' has no setting '${key}' (settings: ${Object.keys(t.defaults).join(', ')})`,
        );
      }
    }
    return { task: t.create(config, rng), optimizer: t.optimizer, shards: t.shards };
  }

  private lookup(name: string): StoredTask {
    const t = this.tasks.get(name);
    if (t === undefined)
      throw new Error(`unknown task '${name}' (registered: ${this.names().join(', ') || 'none'})`);
    return t;
  }
}
