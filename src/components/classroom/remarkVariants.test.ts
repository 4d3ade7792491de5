// The class table re-marks variant exercises against each student's own numbers, whatever the file says.
import { expect, test } from 'vitest';
import type { StudentFile } from '../../lib/classroom/classFiles.ts';
import { emptyProgress, type Outcome } from '../../lib/progress/store.ts';
import { mulberry32, variantSeed } from '../exercises/variants/seed.ts';
import { VARIANTS } from '../exercises/variants/variants.ts';
import { remarkVariants, type VariantColumn } from './remarkVariants.ts';

const env = {
  corpus: () => Promise.reject(new Error('these exercises need no corpus')),
};
const KEY = 'gates/lstm-params';
const columns: VariantColumn[] = [
  { key: KEY, variant: VARIANTS[KEY], tolerance: { kind: 'abs', amount: 0.5 } },
];

function fileOf(student: string, answers: [string, Outcome][]): StudentFile {
  const progress = emptyProgress();
  progress.exercises[KEY] = {
    chapter: 'gates',
    id: 'lstm-params',
    kind: 'numeric',
    done: answers.some(([, o]) => o === 'correct'),
    attempts: answers.map(([answer, outcome], i) => ({ at: `2026-11-2${i}T10:00:00Z`, answer, outcome })),
  };
  return { name: `${student}.json`, student, progress, meta: {}, edited: false };
}

function lstmCount(student: string): number {
  const { D, H } = VARIANTS[KEY].draw(mulberry32(variantSeed('week-abc', student, 'gates/sizes')));
  return 4 * H * (H + D) + 4 * H;
}

test('a right answer to the student’s own numbers counts, whatever outcome the file recorded', async () => {
  const right = String(lstmCount('Ada'));
  const r = await remarkVariants(
    fileOf('Ada', [
      ['12', 'incorrect'],
      [right, 'incorrect'],
    ]),
    'week-abc',
    columns,
    env,
  );
  expect(r.file.progress.exercises[KEY].attempts.map((a) => a.outcome)).toEqual(['incorrect', 'correct']);
  expect(r.file.progress.exercises[KEY].done).toBe(true);
  expect(r.changed).toBe(1);
  expect(r.own[KEY].answer).toBe(lstmCount('Ada'));
});

test('another student’s answer, or the book’s own number, marked correct by hand, is not right', async () => {
  const ada = String(lstmCount('Ada'));
  expect(lstmCount('Bob')).not.toBe(lstmCount('Ada'));
  const r = await remarkVariants(
    fileOf('Bob', [
      [ada, 'correct'],
      ['banana', 'correct'],
    ]),
    'week-abc',
    columns,
    env,
  );
  expect(r.file.progress.exercises[KEY].attempts.map((a) => a.outcome)).toEqual(['incorrect', 'incorrect']);
  expect(r.file.progress.exercises[KEY].done).toBe(false);
  expect(r.changed).toBe(2);
});

test('an exercise the student never answered stays unanswered, with their numbers still known', async () => {
  const file = fileOf('Cy', []);
  delete file.progress.exercises[KEY];
  const r = await remarkVariants(file, 'week-abc', columns, env);
  expect(r.file.progress.exercises[KEY]).toBeUndefined();
  expect(r.own[KEY].answer).toBe(lstmCount('Cy'));
});
