// The class table counts done, first-try and attempts per student, shares and wrong answers per
// exercise, chapter completion and late work; the gradebook CSV carries the same numbers.
import { expect, test } from 'vitest';
import { emptyProgress, type Outcome, type Progress, recordAttempt } from '../progress/store.ts';
import type { StudentFile } from './classFiles.ts';
import { classTable, type ExerciseColumn, sortRows } from './classTable.ts';
import { gradebookCSV } from './gradebookCSV.ts';

const columns: ExerciseColumn[] = [
  { key: 'a/num', chapter: 'a', label: 'Chapter 1, Exercise 1', kind: 'numeric' },
  { key: 'a/der', chapter: 'a', label: 'Chapter 1, Exercise 2', kind: 'derivation' },
  { key: 'b/pick', chapter: 'b', label: 'Chapter 2, Exercise 1', kind: 'choice' },
];

function student(name: string, work: [string, string, Outcome, number][], edited = false): StudentFile {
  let progress: Progress = emptyProgress();
  for (const [key, answer, outcome, day] of work) {
    const [chapter, id] = key.split('/');
    const kind = columns.find((c) => c.key === key)!.kind;
    progress = recordAttempt(
      progress,
      { chapter, id, kind },
      { at: `2026-01-0${day}T12:00:00.000Z`, answer, outcome },
    );
  }
  return { name: `${name}.json`, student: name, progress, meta: {}, edited };
}

const ada = student('Ada', [
  ['a/num', '0.97', 'correct', 1],
  ['a/der', 'P(a)P(b|a)', 'written', 1],
  ['b/pick', 'Yes', 'correct', 1],
]);
const bob = student(
  'Bob',
  [
    ['a/num', '0.5', 'incorrect', 2],
    ['a/num', '0.5', 'incorrect', 2],
    ['a/num', '0.97', 'correct', 4],
    ['b/pick', 'No', 'incorrect', 2],
  ],
  true,
);
const cy = student('Cy', [['a/num', '0.4', 'incorrect', 1]]);
const table = classTable([ada, bob, cy], columns, '2026-01-03T00:00:00.000Z');

test('each cell says done, right at the first try, attempts and score; rows total and flag late work', () => {
  const [a, b, c] = table.rows;
  expect(a.cells.map((x) => [x.done, x.firstTry, x.attempts, x.score, x.late])).toEqual([
    [true, true, 1, 1, false],
    [true, true, 1, 1, false],
    [true, true, 1, 1, false],
  ]);
  expect(b.cells.map((x) => [x.done, x.firstTry, x.attempts, x.score, x.late])).toEqual([
    [true, false, 3, 1, true],
    [false, false, 0, 0, false],
    [false, false, 1, 0, false],
  ]);
  expect([a.score, b.score, c.score]).toEqual([3, 1, 0]);
  expect([a.late, b.late, c.late]).toEqual([false, true, false]);
  expect(b).toMatchObject({ edited: true, lastAt: '2026-01-04T12:00:00.000Z', done: 1 });
});

test('per exercise: share right, share right first time, most common wrong answers', () => {
  expect(table.exercises[0]).toEqual({
    key: 'a/num',
    label: 'Chapter 1, Exercise 1',
    correct: 2 / 3,
    firstTry: 1 / 3,
    wrong: [
      { answer: '0.5', count: 2 },
      { answer: '0.4', count: 1 },
    ],
  });
  expect(table.exercises[2]).toMatchObject({ correct: 1 / 3, wrong: [{ answer: 'No', count: 1 }] });
});

test('chapter completion: students who did all of it, and the mean share done', () => {
  expect(table.chapters).toEqual([
    { chapter: 'a', exercises: 2, complete: 1, meanDone: (1 + 0.5 + 0) / 3 },
    { chapter: 'b', exercises: 1, complete: 1, meanDone: 1 / 3 },
  ]);
});

test('no students gives shares of 0, not NaN', () => {
  const empty = classTable([], columns);
  expect(empty.exercises.every((e) => e.correct === 0 && e.firstTry === 0)).toBe(true);
  expect(empty.chapters.every((c) => c.meanDone === 0)).toBe(true);
});

test('rows sort by student, score, late, or one exercise (score, then fewer attempts)', () => {
  const names = (rows: { student: string }[]) => rows.map((r) => r.student);
  expect(names(sortRows(table.rows, { by: 'score' }, true))).toEqual(['Ada', 'Bob', 'Cy']);
  expect(names(sortRows(table.rows, { by: 'student' }, true))).toEqual(['Cy', 'Bob', 'Ada']);
  expect(names(sortRows(table.rows, { by: 'late' }, true))).toEqual(['Bob', 'Ada', 'Cy']);
  expect(names(sortRows(table.rows, { by: 'exercise', index: 0 }, true))).toEqual(['Ada', 'Bob', 'Cy']);
});

test('the gradebook CSV has an identifier column, a score per exercise and a total, as the table says', () => {
  const csv = gradebookCSV(table, 'Week 1');
  expect(csv.split('\r\n')).toEqual([
    'Student,Week 1: Chapter 1 Exercise 1 (a/num) [1],Week 1: Chapter 1 Exercise 2 (a/der) [1],Week 1: Chapter 2 Exercise 1 (b/pick) [1],Week 1: Total [3]',
    'Ada,1,1,1,3',
    'Bob,1,0,0,1',
    'Cy,0,0,0,0',
    '',
  ]);
});
