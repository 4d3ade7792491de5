// The progress record kept in the browser: one entry per exercise (chapter slug + exercise id), every
// attempt with its answer, outcome and time. Pure: parsing, validation, merging and chapter summaries.

export const PROGRESS_VERSION = 1;

export const EXERCISE_KINDS = ['numeric', 'choice', 'predict', 'widget', 'derivation'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

/**
 * What one check said: right or wrong answer, a prediction committed (right or wrong is still recorded),
 * a worked solution opened ('revealed', kept for records made before derivations needed more), the
 * reader's own working written ('written'), or a worked solution marked as understood ('understood').
 */
export const OUTCOMES = ['correct', 'incorrect', 'revealed', 'written', 'understood'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Attempt {
  /** ISO 8601 time of the check. */
  at: string;
  /** The answer as the reader gave it (the choice's label, the typed number, the figure's settings). */
  answer: string;
  outcome: Outcome;
}

export interface ExerciseRecord {
  chapter: string;
  id: string;
  kind: ExerciseKind;
  /** Done: answered correctly, task met, prediction committed, working written or solution understood. */
  done: boolean;
  /** Oldest first; only the last MAX_ATTEMPTS are kept. */
  attempts: Attempt[];
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  exercises: Record<string, ExerciseRecord>;
}

export const MAX_ATTEMPTS = 20;
const MAX_ANSWER = 500;
const MAX_EXERCISES = 2000;
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

export function keyOf(chapter: string, id: string): string {
  return `${chapter}/${id}`;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, exercises: {} };
}

/** Whether an attempt finishes the exercise, by kind. */
export function finishes(kind: ExerciseKind, outcome: Outcome): boolean {
  if (kind === 'predict') return true;
  // Opening a worked solution is not doing the exercise: a derivation needs working or an "understood".
  return outcome === 'correct' || outcome === 'written' || outcome === 'understood';
}

/** A new progress with one more attempt recorded (the old value is not changed). */
export function recordAttempt(
  progress: Progress,
  where: { chapter: string; id: string; kind: ExerciseKind },
  attempt: Attempt,
): Progress {
  const key = keyOf(where.chapter, where.id);
  const old = progress.exercises[key];
  const clean: Attempt = { ...attempt, answer: [...attempt.answer].slice(0, MAX_ANSWER).join('') };
  const attempts = [...(old?.attempts ?? []), clean].slice(-MAX_ATTEMPTS);
  const done = (old?.done ?? false) || finishes(where.kind, attempt.outcome);
  return {
    ...progress,
    exercises: { ...progress.exercises, [key]: { ...where, done, attempts } },
  };
}

/** Combines two records (an import into what the browser holds): attempts are united, done if either is. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const exercises = { ...a.exercises };
  for (const [key, rec] of Object.entries(b.exercises)) {
    const old = exercises[key];
    if (!old) {
      exercises[key] = rec;
      continue;
    }
    const seen = new Set(old.attempts.map((t) => `${t.at}\u0000${t.answer}\u0000${t.outcome}`));
    const attempts = [
      ...old.attempts,
      ...rec.attempts.filter((t) => !seen.has(`${t.at}\u0000${t.answer}\u0000${t.outcome}`)),
    ]
      .sort((x, y) => x.at.localeCompare(y.at))
      .slice(-MAX_ATTEMPTS);
    exercises[key] = { ...old, done: old.done || rec.done, attempts };
  }
  return { version: PROGRESS_VERSION, exercises };
}

export interface ChapterSummary {
  done: number;
  total: number;
}

/** How many of a chapter's exercises are done; ids no longer in the chapter do not count. */
export function chapterSummary(progress: Progress, chapter: string, ids: readonly string[]): ChapterSummary {
  const done = ids.filter((id) => progress.exercises[keyOf(chapter, id)]?.done).length;
  return { done, total: ids.length };
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function parseAttempt(x: unknown): Parsed<Attempt> {
  if (!isRecord(x)) return { ok: false, error: 'an attempt is not an object' };
  const { at, answer, outcome } = x;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || at.length > 40)
    return { ok: false, error: 'an attempt has no valid time' };
  if (typeof answer !== 'string') return { ok: false, error: 'an attempt has no answer text' };
  if (typeof outcome !== 'string' || !(OUTCOMES as readonly string[]).includes(outcome))
    return { ok: false, error: `an attempt has an unknown outcome "${String(outcome).slice(0, 20)}"` };
  return {
    ok: true,
    value: { at, answer: [...answer].slice(0, MAX_ANSWER).join(''), outcome: outcome as Outcome },
  };
}

export function parseRecord(x: unknown): Parsed<ExerciseRecord> {
  if (!isRecord(x)) return { ok: false, error: 'an exercise entry is not an object' };
  const { chapter, id, kind, done, attempts } = x;
  if (typeof chapter !== 'string' || !SLUG.test(chapter))
    return { ok: false, error: 'an exercise entry has no valid chapter' };
  if (typeof id !== 'string' || !SLUG.test(id))
    return { ok: false, error: 'an exercise entry has no valid id' };
  if (typeof kind !== 'string' || !(EXERCISE_KINDS as readonly string[]).includes(kind))
    return { ok: false, error: `exercise ${id} has an unknown kind` };
  if (typeof done !== 'boolean')
    return { ok: false, error: `exercise ${id} does not say whether it is done` };
  if (!Array.isArray(attempts)) return { ok: false, error: `exercise ${id} has no list of attempts` };
  const list: Attempt[] = [];
  for (const a of attempts.slice(-MAX_ATTEMPTS)) {
    const p = parseAttempt(a);
    if (!p.ok) return { ok: false, error: `exercise ${id}: ${p.error}` };
    list.push(p.value);
  }
  return { ok: true, value: { chapter, id, kind: kind as ExerciseKind, done, attempts: list } };
}

/** Validates anything (stored JSON, an imported file) as progress; the error says plainly what is wrong. */
export function parseProgress(x: unknown): Parsed<Progress> {
  if (!isRecord(x)) return { ok: false, error: 'it is not a progress record' };
  if (x.version !== PROGRESS_VERSION) {
    return typeof x.version === 'number' && x.version > PROGRESS_VERSION
      ? { ok: false, error: 'it was saved by a newer version of the book' }
      : { ok: false, error: 'it has no version this book can read' };
  }
  if (!isRecord(x.exercises)) return { ok: false, error: 'it has no exercises' };
  const entries = Object.values(x.exercises);
  if (entries.length > MAX_EXERCISES) return { ok: false, error: 'it lists too many exercises' };
  const out = emptyProgress();
  for (const entry of entries) {
    const r = parseRecord(entry);
    if (!r.ok) return r;
    out.exercises[keyOf(r.value.chapter, r.value.id)] = r.value;
  }
  return { ok: true, value: out };
}
