// Several training runs in one worker thread, each on its own MessageChannel, interleaved slice by slice.
// Why: on a two-core laptop, three busy workers leave the page's main thread fighting for a core, and its
// tasks stretch past 50 ms; one worker for several runs keeps a core free for the page (Chapter 5's race).
import { serveFollower, type TransferPort } from './follower.ts';
import type { ClientMessage, PortLike, StatusMessage, WorkerMessage } from './protocol.ts';
import { type ServeOptions, serveTrainer } from './serve.ts';

/** The message that hands the worker a new channel: `ports[0]` carries one run. */
export const OPEN_CHANNEL = 'open-channel';
/** The message that makes a worker a data-parallel follower of the leader at the end of `ports[0]`. */
export const FOLLOW = 'follow';

interface ScopeLike {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/**
 * Worker side: serves a run on the worker's own channel (as before), one more on every port the page
 * opens with `workerChannels`, and a follower on the port a page hands it with `parallelWorker`. The
 * runs share the thread: each trains a slice, then yields.
 */
export function serveChannels(scope: ScopeLike & PortLike, options: ServeOptions): void {
  // Registered before the default channel's listener, so it can keep channel openings away from it.
  scope.addEventListener('message', (event) => {
    const data = event.data as { type?: unknown } | null;
    if (data?.type !== OPEN_CHANNEL && data?.type !== FOLLOW) return;
    event.stopImmediatePropagation();
    const port = event.ports[0];
    if (!port) return;
    if (data.type === FOLLOW) serveFollower(port as unknown as TransferPort, options);
    else serveTrainer(port as unknown as PortLike, options);
  });
  serveTrainer(scope, options);
}

export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
}

export interface ChannelPort extends PortLike {
  /** Closes this run's channel; the worker ends when the last channel opened on it closes. */
  terminate(): void;
}

/**
 * Page side: opens runs on one or more workers, each run as a port a TrainerClient can use, on the
 * worker with the fewest open runs. A worker ends when the last run opened on it closes.
 */
export function workerChannels(workers: WorkerLike | WorkerLike[]): { open(): ChannelPort } {
  const pool = (Array.isArray(workers) ? workers : [workers]).map((worker) => ({ worker, live: 0 }));
  if (pool.length === 0) throw new Error('workerChannels: no worker to open channels on');
  return {
    open() {
      const slot = pool.reduce((a, b) => (b.live < a.live ? b : a));
      const { port1, port2 } = new MessageChannel();
      slot.worker.postMessage({ type: OPEN_CHANNEL }, [port2]);
      slot.live++;
      let closed = false;
      return {
        postMessage: (m) => port1.postMessage(m),
        addEventListener: (t, l) => port1.addEventListener(t, l),
        removeEventListener: (t, l) => port1.removeEventListener(t, l),
        start: () => port1.start(),
        terminate() {
          if (closed) return;
          closed = true;
          port1.close();
          if (--slot.live === 0) slot.worker.terminate();
        },
      };
    },
  };
}

/** What a browser Worker also has: the events that say it failed. A test's or Node's stand-in may lack them. */
interface FailureEvents {
  addEventListener?(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
}

/** Guards against a stand-in worker that hands every event to every listener, whatever its type. */
const isFailure = (event: Event) => event.type === 'error' || event.type === 'messageerror';

/** What a worker's failure event says, in words: the uncaught error's message when there is one. */
export function failureText(event: Event): string {
  if (event.type === 'messageerror') return 'a message from it could not be read';
  const message = (event as ErrorEvent).message;
  return typeof message === 'string' && message !== '' ? message : 'it stopped without saying why';
}

/**
 * Page side: one run on `leader` that splits each batch over the leader and `followers` (data parallel;
 * the run's settings say `workers: followers.length + 1`). Each follower gets its own MessageChannel to
 * the leader, so gradients never pass through the page. Terminating the port terminates every worker.
 *
 * A worker that fails (an uncaught error or an unreadable message: its 'error' or 'messageerror' event)
 * cannot answer any more, and the leader would wait for it for ever. So the page tells the leader when a
 * follower fails ('helper-failed': the run stops with status 'error' and `helper: true`), and when the
 * leader itself fails, the port's listeners get that status in its place. Either way the run ends with
 * what it trained so far; the failed workers are terminated.
 */
export function parallelWorker(leader: WorkerLike & PortLike, followers: readonly WorkerLike[]): ChannelPort {
  if (followers.length > 0) {
    const toLeader: MessagePort[] = [];
    for (const f of followers) {
      const { port1, port2 } = new MessageChannel();
      f.postMessage({ type: FOLLOW }, [port2]);
      toLeader.push(port1);
    }
    leader.postMessage({ type: 'followers' } satisfies ClientMessage, toLeader);
  }
  let ended = false;
  let leaderFailed = false;
  let step = 0; // the last step the leader reported, for a status in its place
  const listeners = new Set<(event: MessageEvent) => void>();
  leader.addEventListener('message', (event) => {
    const m = event.data as WorkerMessage | null;
    if (m?.type === 'progress' || m?.type === 'status') step = m.step;
  });
  const terminate = () => {
    if (ended) return;
    ended = true;
    leader.terminate();
    for (const f of followers) f.terminate();
  };
  for (const f of followers) {
    const helperFailed = (event: Event) => {
      if (!isFailure(event)) return;
      f.terminate();
      if (ended || leaderFailed) return;
      leader.postMessage({ type: 'helper-failed', message: failureText(event) } satisfies ClientMessage, []);
    };
    (f as unknown as FailureEvents).addEventListener?.('error', helperFailed);
    (f as unknown as FailureEvents).addEventListener?.('messageerror', helperFailed);
  }
  const failed = (event: Event) => {
    if (!isFailure(event) || ended || leaderFailed) return;
    leaderFailed = true;
    const status: StatusMessage = { type: 'status', status: 'error', step, message: failureText(event) };
    for (const l of [...listeners]) l(new MessageEvent('message', { data: status }));
    terminate();
  };
  (leader as unknown as FailureEvents).addEventListener?.('error', failed);
  (leader as unknown as FailureEvents).addEventListener?.('messageerror', failed);
  return {
    postMessage: (m) => leader.postMessage(m, []),
    addEventListener: (t, l) => {
      listeners.add(l);
      leader.addEventListener(t, l);
    },
    removeEventListener: (t, l) => {
      listeners.delete(l);
      leader.removeEventListener(t, l);
    },
    start: () => leader.start?.(),
    terminate,
  };
}
