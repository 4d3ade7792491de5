// The worker side of training: speaks the protocol over any MessagePort-like object and runs the Trainer in time slices.
import type {
  ClientMessage,
  PortLike,
  RunSettings,
  StatusMessage,
  TrainerStatus,
  WorkerMessage,
} from './protocol.ts';
import type { TaskRegistry } from './registry.ts';
import { Trainer } from './trainer.ts';

export interface ServeOptions {
  /** Where task names are looked up: the tasks this worker knows (the engine has none of its own). */
  registry: TaskRegistry;
  /** How long to train before yielding to read new messages (default 15 ms). */
  sliceMs?: number;
}

/**
 * Answers ClientMessages arriving on `port`. While running it trains in slices of about sliceMs and
 * yields between them (setTimeout 0), so pause and cancel take effect within one slice. Progress is
 * sent at most every reportEveryMs, and always when the run pauses, finishes or takes single steps;
 * a diverging run ends with status 'diverged' and never reports a NaN loss. Returns a function that
 * stops listening.
 */
export function serveTrainer(port: PortLike, options: ServeOptions): () => void {
  const registry = options.registry;
  const sliceMs = options.sliceMs ?? 15;
  let trainer: Trainer | null = null;
  let settings: RunSettings | null = null;
  let status: TrainerStatus = 'idle';
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastReport = 0;
  let lastReportStep = 0;
  let pending: WorkerMessage | null = null; // latest progress not yet sent (rate limit)

  const send = (m: WorkerMessage) => port.postMessage(m);
  const setStatus = (s: TrainerStatus, extra: Partial<StatusMessage> = {}) => {
    status = s;
    send({ type: 'status', status: s, step: trainer?.stepCount ?? 0, ...extra });
  };
  const flush = () => {
    if (pending !== null) send(pending);
    pending = null;
  };

  /** Takes one step; false when the run cannot continue. */
  const stepOnce = (): boolean => {
    if (trainer === null || settings === null) return false;
    const r = trainer.step();
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

  const tick = () => {
    timer = null;
    if (status !== 'running') return;
    try {
      const end = performance.now() + sliceMs;
      while (performance.now() < end) {
        if (!stepOnce()) return;
      }
    } catch (e) {
      setStatus('error', { message: e instanceof Error ? e.message : String(e) });
      return;
    }
    timer = setTimeout(tick, 0);
  };

  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const handle = (m: ClientMessage) => {
    if (m.type === 'init') {
      stopTimer();
      trainer = new Trainer(m.settings, registry);
      settings = m.settings;
      lastReport = performance.now();
      lastReportStep = 0;
      pending = null;
      const shapes: Record<string, [number, number]> = {};
      for (const [k, p] of Object.entries(trainer.task.params)) shapes[k] = [p.rows, p.cols];
      send({ type: 'ready', task: m.settings.task, params: shapes });
      setStatus('idle');
      return;
    }
    if (trainer === null) throw new Error(`'${m.type}' before 'init'`);
    const active = status === 'idle' || status === 'running' || status === 'paused';
    if (m.type === 'start') {
      if (!active || status === 'running') return;
      setStatus('running');
      timer = setTimeout(tick, 0);
    } else if (m.type === 'pause') {
      if (status !== 'running') return;
      stopTimer();
      flush();
      setStatus('paused');
    } else if (m.type === 'step') {
      if (!active) return;
      stopTimer();
      for (let k = 0; k < (m.count ?? 1); k++) if (!stepOnce()) return;
      flush();
      setStatus('paused');
    } else if (m.type === 'cancel') {
      stopTimer();
      flush();
      setStatus('cancelled');
      trainer = null;
    } else if (m.type === 'snapshot') {
      send({ type: 'snapshot', id: m.id, step: trainer.stepCount, params: trainer.snapshot() });
    } else if (m.type === 'evaluate') {
      send({ type: 'evaluation', id: m.id, step: trainer.stepCount, metrics: trainer.evaluate() });
    }
  };

  const listener = (event: MessageEvent) => {
    try {
      handle(event.data as ClientMessage);
    } catch (e) {
      stopTimer();
      setStatus('error', { message: e instanceof Error ? e.message : String(e) });
    }
  };
  port.addEventListener('message', listener);
  port.start?.();
  return () => {
    stopTimer();
    port.removeEventListener('message', listener);
  };
}
