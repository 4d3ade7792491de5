// How an exercise's progress reads in lists (assignment, progress page): words, not just colour.
import type { ExerciseRecord } from '../../../lib/progress/store.ts';
import { when } from './context.ts';

export function statusText(rec: ExerciseRecord | undefined): {
  text: string;
  state: 'none' | 'tried' | 'done';
} {
  if (!rec || rec.attempts.length === 0) return { text: 'Not started', state: 'none' };
  const last = rec.attempts.at(-1)!;
  const tries = `${rec.attempts.length} attempt${rec.attempts.length === 1 ? '' : 's'}`;
  if (rec.done) return { text: `✓ Done (${tries}, last ${when(last.at)})`, state: 'done' };
  return { text: `Tried, not yet right (${tries}, last ${when(last.at)})`, state: 'tried' };
}
