// Messages between the step-time figure and its worker.
import type { Timing } from './timingCells.ts';

export type TimingRequest = { type: 'start'; reps: number } | { type: 'pause' };

export type TimingReply =
  | { type: 'timing'; timing: Timing; step: number }
  | { type: 'status'; status: 'running' | 'paused' | 'done' | 'error'; step: number; message?: string };
