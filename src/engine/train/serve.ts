// The worker side of training: speaks the protocol over any MessagePort-like object and runs the Trainer in time slices.
import { activeKernel } from '../kernels.ts';
import { HelperFailure, type TransferPort } from './follower.ts';
import { ParallelTrainer } from './parallelTrainer.ts';
import type {
  ClientMessage,
  PortLike,
  RunSettings,
  StatusMessage,
  TrainerStatus,
  WorkerMessage,
} from './protocol.ts';
import type { TaskRegistry } from './registry.ts';
import { runWorkers } from './runWorkers.ts';
import { type StepReport, Trainer } from './trainer.ts';

export interface ServeOptions {
  /** Where task names are looked up: the tasks this worker knows (the engine has none of its own). */
  registry: TaskRegistry;
  /** How long to train before yielding to read new messages (default 15 ms). */
  sliceMs?: number;
}

/** A run on one worker (Trainer) or split over several (ParallelTrainer, whose steps wait for followers). */
type Run = Trainer | ParallelTrainer;

/**
 * Answers ClientMessages arriving on `port`. While running it trains in slices of about sliceMs and
 * yields between them (setTimeout 0), so pause and cancel take effect within one slice. Progress is
 * sent at most every reportEveryMs, and always when the run pauses, finishes or takes single steps;
 * a diverging run ends with status 'diverged' and never reports a NaN loss. Messages are handled one
 * at a time, in order, each after the step in progress: a data-parallel step waits for its followers'
 * answers, and a pause arriving meanwhile must not overtake it. Returns a function that stops listening.
 */
export function serveTrainer(port: PortLike, options: ServeOptions): () => void {
  const registry = options.registry;
  const sliceMs = options.sliceMs ?? 15;
  let trainer: Run | null = null;
  let settings: RunSettings | null = null;
  let followers: TransferPort[] = [];
  let status: TrainerStatus = 'idle';
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastReport = 0;
  let lastReportStep = 0;
  let pending: WorkerMessage | null = null; // latest progress not yet sent (rate limit)
  let queue: Promise<void> = Promise.resolve();
  let stopped = false;

  const send = (m: WorkerMessage) => port.postMessage(m);
  const setStatus = (s: TrainerStatus, extra: Partial<StatusMessage> = {}) => {
    status = s;
    send({ type: 'status', status: s, step: trainer?.stepCount ?? 0, ...extra });
  };
  const flush = () => {
    if (pending !== null) send(pending);
    pending = null;
  };
  const fail = (e: unknown) => {
    stopTimer();
    const helper = e instanceof HelperFailure ? { helper: true } : {};
    setStatus('error', { message: e instanceof Error ? e.message : String(e), ...helper });
  };
  /** Runs `job` after every job queued before it. */
  const enqueue = (job: () => void | Promise<void>) => {
    queue = queue.then(job).catch(fail);
  };

  /** Records a step's report; false when the run cannot continue. */
  const record = (r: StepReport): boolean => {
    if (settings === null) return false;
    if (r.status === 'diverged') {
      flush();
      setStatus('diverged', { op: r.op, phase: r.phase, message: r.message });
      return false;
    }
    const now = performance.now();
    const rate = ((r.step - lastReportStep) * 1000) / Math.max(1, now - lastReport);
    pending = {
      type: 'progress',
      step: r.step,
      loss: r.loss,
      accuracy: r.accuracy,
      gradNorm: r.gradNorm,
      stepsPerSecond: rate,
    };
    if (now - lastReport >= (settings.reportEveryMs ?? 100)) {
      flush();
      lastReport = now;
      lastReportStep = r.step;
    }
    if (settings.maxSteps !== undefined && r.step >= settings.maxSteps) {
      flush();
      setStatus('done');
      return false;
    }
    return true;
  };

  /** Takes one step (waiting for followers on a parallel run); false when the run cannot continue. */
  const stepOnce = async (): Promise<boolean> => {
    if (trainer === null) return false;
    const r = trainer.step();
    return record(r instanceof Promise ? await r : r);
  };

  const tick = async () => {
    if (status !== 'running' || stopped) return;
    const end = performance.now() + sliceMs;
    while (performance.now() < end) {
      if (!(await stepOnce())) return;
    }
    schedule();
  };

  /** The next slice, after whatever messages arrived meanwhile; at most one slice is ever waiting. */
  const schedule = () => {
    stopTimer();
    timer = setTimeout(() => {
      timer = null;
      enqueue(tick);
    }, 0);
  };

  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const close = () => {
    if (trainer instanceof ParallelTrainer) trainer.close();
    trainer = null;
  };

  /** A follower's worker failed: the step waiting for it fails; an idle or paused run ends too. */
  const helperFailed = (message: string) => {
    if (trainer instanceof ParallelTrainer) trainer.fail(message);
    enqueue(() => {
      if (status === 'idle' || status === 'running' || status === 'paused') fail(new HelperFailure(message));
    });
  };

  const init = (s: RunSettings) => {
    stopTimer();
    close();
    const shards = registry.describe(s.task).shards;
    const { workers, note } = runWorkers(s.workers, followers.length, { name: s.task, shards });
    trainer =
      workers === 1
        ? new Trainer(s, registry)
        : new ParallelTrainer(s, registry, followers.slice(0, workers - 1));
    settings = s;
    lastReport = performance.now();
    lastReportStep = 0;
    pending = null;
    const shapes: Record<string, [number, number]> = {};
    for (const [k, p] of Object.entries(trainer.task.params)) shapes[k] = [p.rows, p.cols];
    const kernel = activeKernel();
    send({ type: 'ready', task: s.task, params: shapes, workers, kernel, ...(note ? { note } : {}) });
    setStatus('idle');
  };

  const handle = async (m: ClientMessage, ports: readonly MessagePort[]) => {
    if (m.type === 'followers') {
      followers = ports.map((p) => p as unknown as TransferPort);
      return;
    }
    if (m.type === 'init') return init(m.settings);
    if (trainer === null) throw new Error(`'${m.type}' before 'init'`);
    const active = status === 'idle' || status === 'running' || status === 'paused';
    if (m.type === 'start') {
      if (!active || status === 'running') return;
      setStatus('running');
      schedule();
    } else if (m.type === 'pause') {
      if (status !== 'running') return;
      stopTimer();
      flush();
      setStatus('paused');
    } else if (m.type === 'step') {
      if (!active) return;
      stopTimer();
      for (let k = 0; k < (m.count ?? 1); k++) if (!(await stepOnce())) return;
      flush();
      setStatus('paused');
    } else if (m.type === 'cancel') {
      stopTimer();
      flush();
      setStatus('cancelled');
      close();
    } else if (m.type === 'snapshot') {
      send({ type: 'snapshot', id: m.id, step: trainer.stepCount, params: trainer.snapshot() });
    } else if (m.type === 'evaluate') {
      send({ type: 'evaluation', id: m.id, step: trainer.stepCount, metrics: trainer.evaluate() });
    } else if (m.type === 'inspect') {
      // a request the task cannot answer fails that request, not the run
      const step = trainer.stepCount;
      try {
        send({ type: 'inspection', id: m.id, step, result: trainer.inspect(m.request) });
      } catch (e) {
        send({
          type: 'inspection',
          id: m.id,
          step,
          result: null,
          error: e instanceof Error ? e.message : String(e),
        });
      }
    }
  };

  const listener = (event: MessageEvent) => {
    const m = event.data as ClientMessage;
    // Not queued: the step in progress may be the one waiting for the failed follower.
    if (m.type === 'helper-failed') return helperFailed(m.message);
    const ports = event.ports ?? [];
    enqueue(() => handle(m, ports));
  };
  port.addEventListener('message', listener);
  port.start?.();
  return () => {
    stopped = true;
    stopTimer();
    close();
    port.removeEventListener('message', listener);
  };
}
