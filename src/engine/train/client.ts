// The page side of training: a small typed client that drives a training worker and hands its events to widgets.
import type { KernelName } from '../kernels.ts';
import type {
  ClientMessage,
  ParamSnapshot,
  PortLike,
  Progress,
  RunSettings,
  StatusMessage,
  TrainerStatus,
  WorkerMessage,
} from './protocol.ts';

type Listener<T> = (value: T) => void;

/** Drives a worker running serveTrainer (or anything speaking the protocol over a PortLike). */
export class TrainerClient {
  /** The latest status the worker reported. */
  status: TrainerStatus = 'idle';
  /** The latest progress the worker reported, or null before the first. */
  progress: Progress | null = null;
  /** Workers the run trains on, once the worker is ready (above 1: data parallel). */
  workers = 1;
  /** Why the run uses fewer workers than its settings asked for, if it does. */
  note: string | null = null;
  /** The kernel the run's large matrix products use, once the worker is ready (null before). */
  kernel: KernelName | null = null;
  private readonly port: PortLike & { terminate?(): void };
  private readonly progressListeners = new Set<Listener<Progress>>();
  private readonly statusListeners = new Set<Listener<StatusMessage>>();
  private readonly waiting = new Map<number, (m: WorkerMessage) => void>();
  private ready: { resolve(params: Record<string, [number, number]>): void; reject(e: Error): void } | null =
    null;
  private nextId = 1;
  private readonly listener = (event: MessageEvent) => this.receive(event.data as WorkerMessage);

  constructor(port: PortLike & { terminate?(): void }) {
    this.port = port;
    port.addEventListener('message', this.listener);
    port.start?.();
  }

  /** Builds the trainer in the worker; resolves with the parameter shapes, rejects with the worker's error. */
  init(settings: RunSettings): Promise<Record<string, [number, number]>> {
    return new Promise((resolve, reject) => {
      this.ready = { resolve, reject };
      this.send({ type: 'init', settings });
    });
  }

  /** Runs continuously (also resumes after a pause). */
  start(): void {
    this.send({ type: 'start' });
  }

  /** Same as start(): continues a paused run. */
  resume(): void {
    this.start();
  }

  pause(): void {
    this.send({ type: 'pause' });
  }

  /** Takes `count` steps, reports their progress and stays paused. */
  step(count = 1): void {
    this.send({ type: 'step', count });
  }

  cancel(): void {
    this.send({ type: 'cancel' });
  }

  /** A copy of the parameters as they are now in the worker. */
  async snapshot(): Promise<{ step: number; params: ParamSnapshot }> {
    const m = await this.request((id) => ({ type: 'snapshot', id }));
    if (m.type !== 'snapshot') throw new Error(`expected a snapshot, got '${m.type}'`);
    return { step: m.step, params: m.params };
  }

  /** The task's held-out metrics at the current step. */
  async evaluate(): Promise<{ step: number; metrics: Record<string, number> }> {
    const m = await this.request((id) => ({ type: 'evaluate', id }));
    if (m.type !== 'evaluation') throw new Error(`expected an evaluation, got '${m.type}'`);
    return { step: m.step, metrics: m.metrics };
  }

  /**
   * The task's answer to `request` (TrainingTask.inspect), computed in the worker at the current step;
   * rejects with the worker's message when the task cannot answer it.
   */
  async inspect(request: unknown): Promise<{ step: number; result: unknown }> {
    const m = await this.request((id) => ({ type: 'inspect', id, request }));
    if (m.type !== 'inspection') throw new Error(`expected an inspection, got '${m.type}'`);
    if (m.error !== undefined) throw new Error(m.error);
    return { step: m.step, result: m.result };
  }

  /** Calls fn on every progress message; returns a function that unsubscribes. */
  onProgress(fn: Listener<Progress>): () => void {
    this.progressListeners.add(fn);
    return () => this.progressListeners.delete(fn);
  }

  /** Calls fn on every status change; returns a function that unsubscribes. */
  onStatus(fn: Listener<StatusMessage>): () => void {
    this.statusListeners.add(fn);
    return () => this.statusListeners.delete(fn);
  }

  /** Stops listening and terminates the worker if it is one. */
  dispose(): void {
    this.port.removeEventListener('message', this.listener);
    this.progressListeners.clear();
    this.statusListeners.clear();
    this.port.terminate?.();
  }

  private send(m: ClientMessage): void {
    this.port.postMessage(m);
  }

  private request(make: (id: number) => ClientMessage): Promise<WorkerMessage> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.send(make(id));
    });
  }

  private receive(m: WorkerMessage): void {
    if (m.type === 'progress') {
      this.progress = m;
      for (const fn of this.progressListeners) fn(m);
    } else if (m.type === 'status') {
      this.status = m.status;
      if (m.status === 'error' && this.ready !== null) {
        this.ready.reject(new Error(m.message ?? 'the training worker failed'));
        this.ready = null;
      }
      for (const fn of this.statusListeners) fn(m);
    } else if (m.type === 'ready') {
      this.workers = m.workers;
      this.note = m.note ?? null;
      this.kernel = m.kernel;
      this.ready?.resolve(m.params);
      this.ready = null;
    } else {
      this.waiting.get(m.id)?.(m);
      this.waiting.delete(m.id);
    }
  }
}
