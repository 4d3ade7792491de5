// The class table: one row per student with, per assigned exercise, whether it is done, right at the
// first try and how many attempts it took; per-exercise statistics; chapter completion; late work. Pure.
import type { ExerciseKind, ExerciseRecord } from '../progress/store.ts';
import type { StudentFile } from './classFiles.ts';

export interface ExerciseColumn {
  /** "chapter/id" */
  key: string;
  chapter: string;
  /** "Chapter 1, Exercise 2": what the table and the gradebook call it. */
  label: string;
  kind: ExerciseKind;
}

export interface Cell {
  done: boolean;
  firstTry: boolean;
  attempts: number;
  /** 1 when answered right (or a derivation's working given), else 0: what the gradebook gets. */
  score: number;
  /** Some attempt came after the due date. */
  late: boolean;
}

export interface Row {
  student: string;
  file: string;
  edited: boolean;
  /** Verdicts the file recorded that its student's own numbers contradict (per-student variants). */
  remarked: number;
  /** The latest attempt on an assigned exercise, if any. */
  lastAt?: string;
  late: boolean;
  finishedAt?: string;
  cells: Cell[];
  done: number;
  score: number;
}

export interface ExerciseStats {
  key: string;
  label: string;
  /** Shares of all students loaded (0 when there are none). */
  correct: number;
  firstTry: number;
  /** Wrong answers, most common first (ties by answer), at most three. */
  wrong: { answer: string; count: number }[];
}

export interface ChapterStats {
  chapter: string;
  exercises: number;
  /** Students who have done every assigned exercise of the chapter. */
  complete: number;
  /** Mean share of the chapter's assigned exercises done, over students. */
  meanDone: number;
}

export interface ClassTable {
  columns: ExerciseColumn[];
  rows: Row[];
  exercises: ExerciseStats[];
  chapters: ChapterStats[];
}

function cellOf(rec: ExerciseRecord | undefined, kind: ExerciseKind, due: number | undefined): Cell {
  const attempts = rec?.attempts ?? [];
  const right = attempts.some((a) => a.outcome === 'correct');
  // A derivation has no right or wrong: working written or the solution understood is its whole score.
  const score = kind === 'derivation' ? Number(rec?.done ?? false) : Number(right);
  const first = attempts[0];
  return {
    done: rec?.done ?? false,
    firstTry: kind === 'derivation' ? score === 1 : first?.outcome === 'correct',
    attempts: attempts.length,
    score,
    late: due !== undefined && attempts.some((a) => Date.parse(a.at) > due),
  };
}

export function classTable(students: StudentFile[], columns: ExerciseColumn[], due?: string): ClassTable {
  const dueMs = due === undefined ? undefined : Date.parse(due);
  const rows: Row[] = students.map((s) => {
    const cells = columns.map((c) => cellOf(s.progress.exercises[c.key], c.kind, dueMs));
    const times = columns.flatMap((c) => s.progress.exercises[c.key]?.attempts.map((a) => a.at) ?? []).sort();
    return {
      student: s.student,
      file: s.name,
      edited: s.edited,
      remarked: s.remarked ?? 0,
      lastAt: times.at(-1),
      late: cells.some((c) => c.late),
      finishedAt: s.meta.finishedAt,
      cells,
      done: cells.filter((c) => c.done).length,
      score: cells.reduce((sum, c) => sum + c.score, 0),
    };
  });
  const n = rows.length;
  const share = (count: number) => (n === 0 ? 0 : count / n);
  const exercises = columns.map((c, j) => {
    const wrong = new Map<string, number>();
    for (const s of students)
      for (const a of s.progress.exercises[c.key]?.attempts ?? [])
        if (a.outcome === 'incorrect') wrong.set(a.answer, (wrong.get(a.answer) ?? 0) + 1);
    return {
      key: c.key,
      label: c.label,
      correct: share(rows.filter((r) => r.cells[j].score === 1).length),
      firstTry: share(rows.filter((r) => r.cells[j].firstTry).length),
      wrong: [...wrong]
        .map(([answer, count]) => ({ answer, count }))
        .sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer))
        .slice(0, 3),
    };
  });
  const chapterNames = [...new Set(columns.map((c) => c.chapter))];
  const chapters = chapterNames.map((chapter) => {
    const idx = columns.flatMap((c, j) => (c.chapter === chapter ? [j] : []));
    const doneShares = rows.map((r) => idx.filter((j) => r.cells[j].done).length / idx.length);
    return {
      chapter,
      exercises: idx.length,
      complete: doneShares.filter((x) => x === 1).length,
      meanDone: n === 0 ? 0 : doneShares.reduce((a, b) => a + b, 0) / n,
    };
  });
  return { columns, rows, exercises, chapters };
}

/** What a column header sorts by: the student, the score, late, or one exercise (score, then attempts). */
export type SortKey = { by: 'student' | 'score' | 'late' } | { by: 'exercise'; index: number };

export function sortRows(rows: readonly Row[], key: SortKey, descending: boolean): Row[] {
  const value = (r: Row): [number | string, number] => {
    if (key.by === 'exercise') {
      const c = r.cells[key.index];
      // Fewer attempts for the same score ranks higher, so the order is score up, then attempts down.
      return [c?.score ?? 0, -(c?.attempts ?? 0)];
    }
    if (key.by === 'student') return [studentSortText(r.student), 0];
    if (key.by === 'score') return [r.score, r.done];
    return [Number(r.late), Number(r.edited)];
  };
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const [x1, x2] = value(a);
    const [y1, y2] = value(b);
    const first = typeof x1 === 'string' ? x1.localeCompare(y1 as string) : (x1 as number) - (y1 as number);
    if (first !== 0) return sign * first;
    if (x2 !== y2) return sign * (x2 - y2);
    return a.student.localeCompare(b.student);
  });
}

function studentSortText(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}
