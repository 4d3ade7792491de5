// The student's side of an assignment in the page: which assignment is active (it follows the student
// from chapter to chapter until they leave it), who they are, whether a graded one is finished, and the
// rules an exercise follows under it (feedback withheld, attempt limit).
import {
  CLASSROOM_PROBLEMS,
  type ClassroomProblem,
  type ClassroomState,
  openClassroomStorage,
} from '../../../lib/classroom/activeAssignment.ts';
import { type Assignment, assignmentIdOf, decodeAssignment } from '../../../lib/progress/assignmentLink.ts';
import type { Progress } from '../../../lib/progress/store.ts';

export interface Active {
  code: string;
  assignment: Assignment;
  id: string;
}

const storage = openClassroomStorage(() => window.localStorage);
let problem: ClassroomProblem | undefined;

function update(change: (s: ClassroomState) => void): void {
  const state = storage.load();
  change(state);
  problem = storage.save(state);
}

/** Why the assignment cannot follow the student, in words, if it cannot. */
export function classroomProblem(): string | undefined {
  return problem ? CLASSROOM_PROBLEMS[problem] : undefined;
}

export function activate(code: string): void {
  update((s) => {
    s.active = code;
  });
}

export function leave(): void {
  update((s) => {
    s.active = undefined;
  });
}

/**
 * The active assignment: the one a chapter's ?assignment=… link names, else the one stored, if readable.
 * The link comes first so that exercises that start before the banner's script see it too.
 */
export function active(): Active | undefined {
  const code = new URLSearchParams(location.search).get('assignment') ?? storage.load().active;
  if (!code) return undefined;
  const parsed = decodeAssignment(code);
  if (!parsed.ok) return undefined;
  return { code, assignment: parsed.value, id: assignmentIdOf(parsed.value) };
}

export function studentOf(id: string): string | undefined {
  return storage.load().students[id];
}

export function setStudent(id: string, student: string): void {
  update((s) => {
    s.students[id] = student;
  });
}

export function finishedAt(id: string): string | undefined {
  return storage.load().finished[id];
}

export function markFinished(id: string, at: string): void {
  update((s) => {
    s.finished[id] = at;
  });
}

export interface Rules {
  /** Right or wrong is not shown yet: a graded assignment the student has not marked finished. */
  withheld: boolean;
  maxAttempts?: number;
}

/** The rules for exercise `key` ("chapter/id"): the active assignment's, if it assigns that exercise. */
export function rulesFor(key: string): Rules {
  const a = active();
  if (!a?.assignment.exercises.includes(key)) return { withheld: false };
  return {
    withheld: a.assignment.mode === 'graded' && !finishedAt(a.id),
    maxAttempts: a.assignment.maxAttempts,
  };
}

/**
 * Progress as the student may see it: while feedback is withheld, an assigned exercise reads as done
 * once answered, so marks and lists do not tell right from wrong before the assignment is finished.
 */
export function visibleProgress(progress: Progress): Progress {
  const a = active();
  if (a?.assignment.mode !== 'graded' || finishedAt(a.id)) return progress;
  const exercises = { ...progress.exercises };
  for (const key of a.assignment.exercises) {
    const rec = exercises[key];
    if (rec) exercises[key] = { ...rec, done: rec.attempts.length > 0 };
  }
  return { ...progress, exercises };
}
