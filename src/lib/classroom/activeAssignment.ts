// The assignment a student is working on, kept across pages until they leave it: its link code, and per
// assignment id the student identifier given once and when a graded assignment was marked finished.
// Behind a storage adapter that never throws; disabled or full storage becomes a plain problem.

export const CLASSROOM_KEY = 'unrolled.assignment';
const MAX_STUDENT = 80;

export interface ClassroomState {
  /** The active assignment's link code (the `a` parameter), if the student has not left it. */
  active?: string;
  /** Student identifier per assignment id. */
  students: Record<string, string>;
  /** ISO time each graded assignment was marked finished, per assignment id. */
  finished: Record<string, string>;
}

export type ClassroomProblem = 'disabled' | 'full';

export const CLASSROOM_PROBLEMS: Record<ClassroomProblem, string> = {
  disabled:
    'This browser is not letting the book store anything, so the assignment cannot follow you from page to page. Come back to this page by its link to return to the assignment.',
  full: "This browser's storage is full, so the assignment cannot follow you from page to page. Come back to this page by its link to return to the assignment.",
};

export function emptyClassroom(): ClassroomState {
  return { students: {}, finished: {} };
}

/** A student identifier as typed, cleaned: spaces collapsed, control characters out, at most 80 characters. */
export function cleanStudent(typed: string): string {
  const cleaned = [
    ...typed
      .replace(/\p{Cc}/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ];
  return cleaned.slice(0, MAX_STUDENT).join('');
}

/** The identifier in a file name: letters, digits and hyphens ("Ada Lovelace" → "ada-lovelace"). */
export function fileSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'student'
  );
}

function isStringMap(x: unknown): x is Record<string, string> {
  return (
    typeof x === 'object' &&
    x !== null &&
    !Array.isArray(x) &&
    Object.values(x).every((v) => typeof v === 'string' && v.length <= 200)
  );
}

export function parseClassroom(raw: string | null): ClassroomState {
  if (raw === null) return emptyClassroom();
  try {
    const x = JSON.parse(raw) as Record<string, unknown>;
    return {
      active: typeof x.active === 'string' && x.active.length < 20_000 ? x.active : undefined,
      students: isStringMap(x.students) ? x.students : {},
      finished: isStringMap(x.finished) ? x.finished : {},
    };
  } catch {
    return emptyClassroom();
  }
}

export interface ClassroomStorage {
  load(): ClassroomState;
  /** Saves, or returns the problem that stopped it. */
  save(state: ClassroomState): ClassroomProblem | undefined;
}

/** `getStorage` is `() => window.localStorage` in the page; tests pass fakes that throw or fill up. */
export function openClassroomStorage(getStorage: () => Storage): ClassroomStorage {
  const storage = (): Storage | undefined => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };
  return {
    load() {
      try {
        return parseClassroom(storage()?.getItem(CLASSROOM_KEY) ?? null);
      } catch {
        return emptyClassroom();
      }
    },
    save(state) {
      const s = storage();
      if (!s) return 'disabled';
      try {
        s.setItem(CLASSROOM_KEY, JSON.stringify(state));
        return undefined;
      } catch (error) {
        return (error as Error).name === 'SecurityError' ? 'disabled' : 'full';
      }
    },
  };
}
