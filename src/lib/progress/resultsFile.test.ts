// Exported results read back to the same progress, in JSON and CSV; bad files get a plain reason.
import { describe, expect, test } from 'vitest';
import {
  parseCSVRows,
  parseResultsFile,
  readResultsFile,
  resultsCSV,
  resultsJSON,
  selectProgress,
} from './resultsFile.ts';
import { emptyProgress, recordAttempt } from './store.ts';

let progress = emptyProgress();
progress = recordAttempt(
  progress,
  { chapter: 'sequence-modeling', id: 'p-america', kind: 'numeric' },
  { at: '2025-01-01T00:00:01.000Z', answer: '=1+1, "quoted"\nline', outcome: 'incorrect' },
);
progress = recordAttempt(
  progress,
  { chapter: 'sequence-modeling', id: 'p-america', kind: 'numeric' },
  { at: '2025-01-01T00:00:02.000Z', answer: '0.97', outcome: 'correct' },
);
progress = recordAttempt(
  progress,
  { chapter: 'sequence-modeling', id: 'order-matters', kind: 'choice' },
  { at: '2025-01-01T00:00:03.000Z', answer: 'Ελληνικά 😀', outcome: 'correct' },
);
// A derivation's working travels with the results: the teacher sees what the student wrote.
progress = recordAttempt(
  progress,
  { chapter: 'sequence-modeling', id: 'chain-three', kind: 'derivation' },
  { at: '2025-01-01T00:00:04.000Z', answer: 'P(the) P(cat | the)', outcome: 'written' },
);
progress = recordAttempt(
  progress,
  { chapter: 'sequence-modeling', id: 'chain-three', kind: 'derivation' },
  { at: '2025-01-01T00:00:05.000Z', answer: 'P(the) P(cat | the)', outcome: 'understood' },
);

test('JSON export reads back to the same progress', () => {
  expect(parseResultsFile(resultsJSON(progress, { exportedAt: '2025-01-02T00:00:00Z' }))).toEqual({
    ok: true,
    value: progress,
  });
});

test('CSV export reads back to the same progress, commas, quotes, line breaks and formulas included', () => {
  const csv = resultsCSV(progress);
  expect(csv).toContain(`"'=1+1, ""quoted""`);
  expect(csv).toContain('chain-three,derivation,1,2025-01-01T00:00:04.000Z,P(the) P(cat | the),written,yes');
  expect(parseResultsFile(csv)).toEqual({ ok: true, value: progress });
});

test('selectProgress keeps only an assignment’s exercises', () => {
  expect(Object.keys(selectProgress(progress, ['sequence-modeling/order-matters']).exercises)).toEqual([
    'sequence-modeling/order-matters',
  ]);
});

test('parseCSVRows handles CRLF and quoted line breaks', () => {
  expect(parseCSVRows('a,b\r\n"x\ny","z"\r\n')).toEqual([
    ['a', 'b'],
    ['x\ny', 'z'],
  ]);
});

describe('bad files get a plain reason', () => {
  test.each([
    ['', 'empty'],
    ['hello', 'neither'],
    ['{"format":"unrolled-results"', 'not valid JSON'],
    ['{"a":1}', 'not a results file'],
    ['{"format":"unrolled-results","version":1,"exercises":{"x":{}}}', 'damaged'],
    ['chapter,exercise\nx,y', 'first line'],
    [
      'chapter,exercise,kind,attempt,time,answer,outcome,done\nc,e,numeric,1,yesterday,1,correct,yes',
      'valid time',
    ],
    ['chapter,exercise,kind,attempt,time,answer,outcome,done\nc,e,numeric', 'fields'],
    ['x'.repeat(3_000_000), 'too large'],
  ])('%#', (text, reason) => {
    const r = parseResultsFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(reason);
  });
});

describe('who and which assignment travel with the file', () => {
  const meta = {
    exportedAt: '2025-01-02T00:00:00.000Z',
    assignment: 'Week 1',
    assignmentId: 'week-1-x7k2',
    student: 'Ada Lovelace, s123',
    book: '0.1.0',
    checksum: 'ab'.repeat(32),
  };
  test('JSON keeps student, assignment id, book version and checksum', () => {
    expect(readResultsFile(resultsJSON(progress, meta))).toEqual({ ok: true, value: { progress, meta } });
  });
  test('CSV repeats student, assignment id and checksum on every row and reads them back', () => {
    const csv = resultsCSV(progress, meta);
    expect(csv.split('\r\n')[0]).toBe(
      'chapter,exercise,kind,attempt,time,answer,outcome,done,student,assignment,checksum',
    );
    expect(readResultsFile(csv)).toEqual({
      ok: true,
      value: {
        progress,
        meta: { student: meta.student, assignmentId: meta.assignmentId, checksum: meta.checksum },
      },
    });
  });
  test('a CSV from before the student columns still reads, with no meta', () => {
    const old = resultsCSV(progress)
      .split('\r\n')
      .map((line) => line.replace(/,,,$/, '').replace(/,student,assignment,checksum$/, ''))
      .join('\r\n');
    expect(readResultsFile(old)).toEqual({ ok: true, value: { progress, meta: {} } });
  });
  test('meta that is not a short string is dropped', () => {
    const json = JSON.stringify({
      ...JSON.parse(resultsJSON(progress, meta)),
      student: 7,
      book: 'x'.repeat(99),
    });
    const r = readResultsFile(json);
    expect(r.ok && r.value.meta.student).toBe(undefined);
    expect(r.ok && r.value.meta.book).toBe(undefined);
  });
});
