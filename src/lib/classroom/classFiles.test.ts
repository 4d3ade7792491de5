// A class's files load for one assignment; each file that cannot count is skipped with a plain reason.
import { describe, expect, test } from 'vitest';
import { zipFile } from '../../../tests/e2e/support/zipFile.ts';
import type { Assignment } from '../progress/assignmentLink.ts';
import { resultsCSV, resultsJSON } from '../progress/resultsFile.ts';
import { emptyProgress, type Progress, recordAttempt } from '../progress/store.ts';
import { resultsChecksum } from './checksum.ts';
import { type IncomingFile, loadClassFiles } from './classFiles.ts';

const assignment: Assignment = {
  v: 1,
  title: 'Week 1',
  exercises: ['sequence-modeling/p-america', 'sequence-modeling/order-matters'],
  presets: [],
  id: 'week-1-x7k2',
  salt: 'salt-salt-salt',
};
const ctx = { assignment, book: '0.1.0' };

function answered(
  answer: string,
  outcome: 'correct' | 'incorrect',
  at = '2026-01-01T10:00:00.000Z',
): Progress {
  return recordAttempt(
    emptyProgress(),
    { chapter: 'sequence-modeling', id: 'p-america', kind: 'numeric' },
    { at, answer, outcome },
  );
}

async function signed(student: string, progress: Progress, extra: object = {}): Promise<string> {
  const checksum = await resultsChecksum(assignment.salt!, {
    assignmentId: 'week-1-x7k2',
    student,
    progress,
  });
  return resultsJSON(progress, {
    exportedAt: '2026-01-02T00:00:00.000Z',
    assignment: 'Week 1',
    assignmentId: 'week-1-x7k2',
    student,
    book: '0.1.0',
    checksum,
    ...extra,
  });
}

function file(name: string, data: string | Uint8Array, size?: number): IncomingFile {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return { name, size: size ?? bytes.length, read: async () => bytes };
}

test('signed files load, one per student, keeping only the assignment’s exercises', async () => {
  let p = answered('0.97', 'correct');
  p = recordAttempt(
    p,
    { chapter: 'bag-of-words', id: 'other', kind: 'numeric' },
    { at: '2026-01-01T00:00:00Z', answer: '1', outcome: 'correct' },
  );
  const r = await loadClassFiles([file('ada.json', await signed('Ada', p))], ctx);
  expect(r.skipped).toEqual([]);
  expect(r.students).toHaveLength(1);
  expect(r.students[0]).toMatchObject({ student: 'Ada', edited: false });
  expect(Object.keys(r.students[0].progress.exercises)).toEqual(['sequence-modeling/p-america']);
});

test('a CSV export with its checksum loads as the JSON does', async () => {
  const p = answered('0.97', 'correct');
  const checksum = await resultsChecksum(assignment.salt!, {
    assignmentId: 'week-1-x7k2',
    student: 'Ada',
    progress: p,
  });
  const csv = resultsCSV(p, { student: 'Ada', assignmentId: 'week-1-x7k2', checksum });
  const r = await loadClassFiles([file('ada.csv', csv)], ctx);
  expect(r.students[0]).toMatchObject({ student: 'Ada', edited: false });
});

test('a hand-edited file loads but is flagged as edited', async () => {
  const json = JSON.parse(await signed('Bob', answered('banana', 'incorrect')));
  json.exercises['sequence-modeling/p-america'].attempts[0].outcome = 'correct';
  json.exercises['sequence-modeling/p-america'].done = true;
  const r = await loadClassFiles([file('bob.json', JSON.stringify(json))], ctx);
  expect(r.students[0]).toMatchObject({ student: 'Bob', edited: true });
});

describe('files that cannot count are skipped with a reason, and the rest load', () => {
  test('another assignment, another book version, no student, junk, an image, a 50 MB file', async () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0);
    const files = [
      file('good.json', await signed('Ada', answered('0.97', 'correct'))),
      file(
        'other.json',
        await signed('Ada', answered('1', 'correct'), { assignmentId: 'week-2-abcd', assignment: 'Week 2' }),
      ),
      file('old.json', await signed('Cy', answered('1', 'correct'), { book: '7.0.0' })),
      file('anon.json', await signed('', answered('1', 'correct'))),
      file('notes.txt', 'hello'),
      file('photo.json', png),
      file('huge.json', 'x', 52_400_000),
      file('progress.json', resultsJSON(answered('1', 'correct'), { exportedAt: '2026-01-01T00:00:00Z' })),
    ];
    const r = await loadClassFiles(files, ctx);
    expect(r.students.map((s) => s.name)).toEqual(['good.json']);
    expect(Object.fromEntries(r.skipped.map((s) => [s.name, s.reason]))).toEqual({
      'other.json': 'it is for another assignment ("Week 2", id week-2-abcd)',
      'old.json': 'it was exported by another version of the book (7.0.0; this page is 0.1.0)',
      'anon.json': 'it names no student',
      'notes.txt': 'the file is neither a JSON nor a CSV results file exported from this book',
      'photo.json': 'it is a PNG image, not a results file',
      'huge.json': 'it is too large (52.4 MB) to be a results file',
      'progress.json':
        'it names no assignment (it was exported from the progress page, not an assignment link)',
    });
  });

  test('an exact copy is skipped; of two files from one student the later export is used', async () => {
    const first = await signed('Ada', answered('0.5', 'incorrect'));
    const later = (await signed('ada ', answered('0.97', 'correct'))).replace('2026-01-02', '2026-01-03');
    const r = await loadClassFiles(
      [file('a.json', first), file('a (1).json', first), file('b.json', later)],
      ctx,
    );
    expect(r.students.map((s) => [s.name, s.edited])).toEqual([['b.json', false]]);
    expect(r.skipped).toEqual([
      { name: 'a (1).json', reason: 'it is a copy of a.json' },
      { name: 'a.json', reason: 'b.json is a later file from the same student (ada); that one is used' },
    ]);
  });

  test('a zip of files is opened, and its junk entries are skipped by name inside it', async () => {
    const zip = zipFile([
      { name: 'class/ada.json', data: await signed('Ada', answered('0.97', 'correct')) },
      { name: 'class/bob.json', data: await signed('Bob', answered('0.5', 'incorrect')) },
      { name: 'class/readme.txt', data: 'from the LMS' },
    ]);
    const r = await loadClassFiles([file('week1.zip', new Uint8Array(zip))], ctx);
    expect(r.students.map((s) => s.student)).toEqual(['Ada', 'Bob']);
    expect(r.skipped.map((s) => s.name)).toEqual(['week1.zip › class/readme.txt']);
  });
});
