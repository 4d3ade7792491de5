// How an exercise's progress reads in lists (assignment, progress page): words, not just colour.
import type { ExerciseRecord } from '../../../lib/progress/store.ts';
import { when } from './context.ts';

/**
 * `withheld`: a graded assignment has not been finished, so an answered exercise says answered, never
 * right or wrong (the record's `done` cannot be shown: it would give the verdict away).
 */
export function statusText(
  rec: ExerciseRecord | undefined,
  withheld = false,
): {
  text: string;
  state: 'none' | 'tried' | 'done';
} {
  if (!rec || rec.attempts.length === 0) return { text: 'Not started', state: 'none' };
  const last = rec.attempts.at(-1)!;
  const tries = `${rec.attempts.length} attempt${rec.attempts.length === 1 ? '' : 's'}`;
  if (withheld)
    return {
      text: `Answered (${tries}, last ${when(last.at)}); right or wrong shows once you mark the assignment finished`,
      state: 'done',
    };
  if (rec.done) return { text: `✓ Done (${tries}, last ${when(last.at)})`, state: 'done' };
  return { text: `Tried, not yet right (${tries}, last ${when(last.at)})`, state: 'tried' };
}
