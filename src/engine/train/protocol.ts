// The messages between a training worker and its client: plain, structured-clone-safe data in both directions.
import type { KernelName } from '../kernels.ts';
import type { TrainerSettings } from './trainer.ts';

/** A run's lifecycle: idle after init, running/paused under control, then done, cancelled, diverged or error. */
export type TrainerStatus = 'idle' | 'running' | 'paused' | 'done' | 'cancelled' | 'diverged' | 'error';

export interface RunSettings extends TrainerSettings {
  /** Stop with status 'done' after this many steps (default: no limit). */
  maxSteps?: number;
  /** Least time between two progress messages while running (default 100 ms, so at most 10 a second). */
  reportEveryMs?: number;
  /**
   * Split each batch over this many workers (data parallel, default 1): the leader and the followers the
   * page handed it with a 'followers' message. k = 1 is exactly the single-worker run.
   */
  workers?: number;
}

export type ClientMessage =
  | { type: 'init'; settings: RunSettings }
  /** Hands the leader ports to follower workers (in the message's ports), for runs with workers > 1. */
  | { type: 'followers' }
  | { type: 'start' } // run continuously (also resumes after a pause)
  | { type: 'pause' }
  | { type: 'step'; count?: number } // take count steps (default 1) and stay paused
  | { type: 'cancel' }
  | { type: 'snapshot'; id: number }
  | { type: 'evaluate'; id: number }
  /** Asks the task's inspect() (see TrainingTask.inspect); answered in order, after the step in progress. */
  | { type: 'inspect'; id: number; request: unknown }
  /**
   * The page saw a follower worker fail (its 'error' or 'messageerror' event): the leader stops the run
   * with status 'error' at once, even in the middle of a step that waits for that follower.
   */
  | { type: 'helper-failed'; message: string };

export interface Progress {
  type: 'progress';
  step: number;
  loss: number;
  accuracy: number | null;
  gradNorm: number;
  /** Training speed since the previous progress message. */
  stepsPerSecond: number;
}

export interface StatusMessage {
  type: 'status';
  status: TrainerStatus;
  /** Steps completed. */
  step: number;
  /** For 'diverged': the op that first produced a non-finite value, if found, and in which phase. */
  op?: string | null;
  phase?: 'forward' | 'backward' | 'update';
  /** For 'diverged' and 'error': what happened, in words. */
  message?: string;
  /** For 'error': true when a helper (follower) worker of a data-parallel run failed, not the run's own worker. */
  helper?: boolean;
}

export type ParamSnapshot = Record<string, { rows: number; cols: number; data: Float64Array }>;

export type WorkerMessage =
  | {
      type: 'ready';
      task: string;
      params: Record<string, [number, number]>;
      /** Workers the run trains on (data parallel when above 1). */
      workers: number;
      /** Why the run uses fewer workers than its settings asked for. */
      note?: string;
      /** The kernel the run's large matrix products use in the leader's worker (see activeKernel). */
      kernel: KernelName;
    }
  | Progress
  | StatusMessage
  | { type: 'snapshot'; id: number; step: number; params: ParamSnapshot }
  | { type: 'evaluation'; id: number; step: number; metrics: Record<string, number> }
  /** `error`: why the task could not answer (the run goes on). */
  | { type: 'inspection'; id: number; step: number; result: unknown; error?: string };

/** What a Worker, a worker's `self`, or a MessagePort have in common. */
export interface PortLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  /** MessagePorts need it before they deliver messages to addEventListener listeners. */
  start?(): void;
}
