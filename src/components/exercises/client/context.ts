// What each kind of exercise gets from its element: its data, the last record, feedback and recording.
import type { ExerciseKind, ExerciseRecord, Outcome } from '../../../lib/progress/store.ts';
import type { Rules } from '../../classroom/client/classroom.ts';

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
  /** What an active assignment asks of this exercise: feedback withheld, a limit on checks. */
  rules: Rules;
  /** Checks recorded so far (earlier visits included). */
  attempts(): number;
}

/** The message when the attempt limit is reached, or undefined while checks remain. */
export function limitReached(ctx: ExerciseContext): string | undefined {
  const max = ctx.rules.maxAttempts;
  if (max === undefined || ctx.attempts() < max) return undefined;
  return `You have used the ${max} attempt${max === 1 ? '' : 's'} your assignment allows for this exercise; your answers are recorded.`;
}

/** What a check says while a graded assignment withholds right and wrong. */
export function recordedText(ctx: ExerciseContext, answer: string): string {
  const max = ctx.rules.maxAttempts;
  const count = max === undefined ? '' : ` (attempt ${ctx.attempts()} of ${max})`;
  return `Recorded your answer ${answer}${count}. This assignment is graded: you will see whether it is right once you mark the assignment finished.`;
}

/** A short date and time for "you answered … on …". */
export function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? 'earlier'
    : d.toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}
