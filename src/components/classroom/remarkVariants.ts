// The class table's side of per-student variants: each student's expected answers recomputed from the
// assignment id and their identifier (as their page computed them), and their recorded numeric answers
// marked again against those, so the table never trusts the outcome a file states for such an exercise.
import type { StudentFile } from '../../lib/classroom/classFiles.ts';
import { finishes, type Progress } from '../../lib/progress/store.ts';
import { readNumber, type Tolerance, withinTolerance } from '../exercises/numberInput.ts';
import { type StudentVariant, studentVariant } from '../exercises/variants/studentVariant.ts';
import type { AnswerEnv, Variant } from '../exercises/variants/variants.ts';

export interface VariantColumn {
  /** "chapter/id" */
  key: string;
  variant: Variant;
  tolerance: Tolerance;
}

export interface Remarked {
  file: StudentFile;
  /** The student's own version of each variant exercise, by key. */
  own: Record<string, StudentVariant>;
  /** Attempts whose recorded outcome disagreed with the recomputed one. */
  changed: number;
}

/** Marks one attempt's typed answer against `answer`, as the student's page does. */
export function markTyped(typed: string, answer: number, tolerance: Tolerance): boolean {
  const read = readNumber(typed);
  return read.ok && withinTolerance(read.value, answer, tolerance);
}

export async function remarkVariants(
  file: StudentFile,
  assignmentId: string,
  columns: readonly VariantColumn[],
  env: AnswerEnv,
): Promise<Remarked> {
  const own: Record<string, StudentVariant> = {};
  const exercises = { ...file.progress.exercises };
  let changed = 0;
  for (const c of columns) {
    own[c.key] = await studentVariant(c.variant, assignmentId, file.student, env);
    const rec = exercises[c.key];
    if (!rec) continue;
    const attempts = rec.attempts.map((a) => {
      if (a.outcome !== 'correct' && a.outcome !== 'incorrect') return a;
      const outcome = markTyped(a.answer, own[c.key].answer, c.tolerance) ? 'correct' : 'incorrect';
      if (outcome !== a.outcome) changed += 1;
      return { ...a, outcome } as const;
    });
    exercises[c.key] = { ...rec, attempts, done: attempts.some((a) => finishes(rec.kind, a.outcome)) };
  }
  const progress: Progress = { ...file.progress, exercises };
  return { file: { ...file, progress }, own, changed };
}
