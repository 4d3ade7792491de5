// A data-parallel follower: a worker that builds the leader's task from the same settings and seed, and
// each step computes the gradients of its share of the batch with the parameters the leader sends.
import type { PortLike, StatusMessage } from './protocol.ts';
import type { Shard, TaskRegistry } from './registry.ts';
import { packGrads, unpackParams } from './packing.ts';
import { Trainer, type TrainerSettings } from './trainer.ts';

/** What a port that can hand over ArrayBuffers (a MessagePort, a Worker) also accepts. */
export interface TransferPort extends PortLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

/**
 * A helper (follower) worker failed or could not be reached: the leader's run stops with status 'error'
 * and `helper: true`, so the page says which worker failed. The message says what happened.
 */
export class HelperFailure extends Error {
  override readonly name = 'HelperFailure';
}

/** Leader → follower. */
export type LeaderMessage =
  | { type: 'init'; settings: TrainerSettings }
  /** Compute step `step` on `shard` with these parameters (packed, see packing.ts). */
  | { type: 'shard'; step: number; shard: Shard; params: Float64Array };

/** Follower → leader: one answer to every 'shard' request, in order. */
export type FollowerMessage =
  | { type: 'grads'; step: number; loss: number; accuracy: number | null; grads: Float64Array }
  | {
      type: 'diverged';
      step: number;
      op: string | null;
      phase: NonNullable<StatusMessage['phase']>;
      message: string;
    }
  | { type: 'error'; message: string };

/**
 * Answers a leader on `port`. The follower never updates parameters: it takes the leader's before every
 * step, so followers cannot drift from the leader whatever happened before. Returns a function that
 * stops listening.
 */
export function serveFollower(port: TransferPort, options: { registry: TaskRegistry }): () => void {
  let trainer: Trainer | null = null;
  let failure: string | null = null;
  const send = (m: FollowerMessage, transfer: Transferable[] = []) => port.postMessage(m, transfer);

  const handle = (m: LeaderMessage) => {
    if (m.type === 'init') {
      trainer = null;
      failure = null;
      try {
        trainer = new Trainer(m.settings, options.registry);
      } catch (e) {
        failure = e instanceof Error ? e.message : String(e);
      }
      return;
    }
    if (trainer === null) {
      send({ type: 'error', message: failure ?? "a 'shard' request before 'init'" });
      return;
    }
    unpackParams(trainer.params, m.params);
    const r = trainer.computeGradients(m.step, m.shard);
    if (r.status === 'diverged') {
      send({ type: 'diverged', step: r.step, op: r.op, phase: r.phase, message: r.message });
      // the leader decides what happens next; a fresh trainer answers the next request if there is one
      trainer = new Trainer(trainer.settings, options.registry);
      return;
    }
    const grads = packGrads(trainer.params);
    send({ type: 'grads', step: m.step, loss: r.loss, accuracy: r.accuracy, grads }, [grads.buffer]);
  };

  const listener = (event: MessageEvent) => {
    try {
      handle(event.data as LeaderMessage);
    } catch (e) {
      send({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
  port.addEventListener('message', listener);
  port.start?.();
  return () => port.removeEventListener('message', listener);
}
