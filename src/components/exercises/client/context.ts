// What each kind of exercise gets from its element: its data, the last record, feedback and recording.
import type { ExerciseKind, ExerciseRecord, Outcome } from '../../../lib/progress/store.ts';

export type Tone = 'right' | 'wrong' | 'info';

export interface ExerciseContext {
  el: HTMLElement;
  chapter: string;
  id: string;
  kind: ExerciseKind;
  /** What progress holds for this exercise from earlier visits. */
  previous: ExerciseRecord | undefined;
  say(text: string, tone: Tone): void;
  record(answer: string, outcome: Outcome): void;
}

/** A short date and time for "you answered … on …". */
export function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? 'earlier'
    : d.toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}
