// The step-time figure's run: one timing worker measuring every cell, as a part of a FigureRun (pause when away, the run bar, "Train again").
import type { StatusMessage } from '../../../engine/index.ts';
import type { RunPart } from '../../training/figureRun.ts';
import { CELLS, type Timing } from './timingCells.ts';
import type { TimingReply, TimingRequest } from './timingProtocol.ts';

/** What the run needs of a worker (a Worker, or a fake in tests). */
export interface TimingPort {
  postMessage(m: TimingRequest): void;
  addEventListener(type: 'message', fn: (e: MessageEvent<TimingReply>) => void): void;
  terminate(): void;
}

export class TimingRun implements RunPart {
  readonly timings: Timing[] = [];
  status: StatusMessage | null = null;
  step = 0;
  readonly maxSteps = CELLS.length;
  readonly #port: TimingPort;
  readonly #reps: number;
  readonly #listeners = new Set<() => void>();
  #disposed = false;

  constructor(port: TimingPort, reps: number) {
    this.#port = port;
    this.#reps = reps;
    port.addEventListener('message', (e) => {
      if (this.#disposed) return;
      const m = e.data;
      this.step = m.step;
      if (m.type === 'timing') this.timings.push(m.timing);
      else
        this.status = { type: 'status', status: m.status, step: m.step, message: m.message } as StatusMessage;
      for (const fn of this.#listeners) fn();
    });
    this.start();
  }

  start(): void {
    this.#port.postMessage({ type: 'start', reps: this.#reps });
  }

  pause(): void {
    this.#port.postMessage({ type: 'pause' });
  }

  onChange(fn: () => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  dispose(): void {
    this.#disposed = true;
    this.#listeners.clear();
    this.#port.terminate();
  }
}
