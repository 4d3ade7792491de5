// Assignment links round-trip, and a damaged or edited link is refused with a plain reason.
import { expect, test } from 'vitest';
import {
  type Assignment,
  assignmentIdOf,
  decodeAssignment,
  encodeAssignment,
  presetParams,
  presetsFromFigureLink,
} from './assignmentLink.ts';

const assignment: Assignment = {
  v: 1,
  title: 'Week 1: what is sequence modeling? — Ελληνικά',
  exercises: ['sequence-modeling/p-america', 'sequence-modeling/unseen-context'],
  presets: [
    {
      chapter: 'sequence-modeling',
      fid: 'next-word',
      state: { text: 'my grandmother', top: '6' },
      locked: ['top'],
    },
  ],
};

test('a link decodes to the assignment it was made from, in URL-safe characters', () => {
  const code = encodeAssignment(assignment);
  expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(decodeAssignment(code)).toEqual({ ok: true, value: assignment });
});

test('presetParams gives a chapter’s figure URL parameters', () => {
  expect(presetParams(assignment, 'sequence-modeling')).toEqual([
    ['next-word.text', 'my grandmother'],
    ['next-word.top', '6'],
  ]);
  expect(presetParams(assignment, 'bag-of-words')).toEqual([]);
});

test.each([
  [null, 'no assignment'],
  ['', 'no assignment'],
  ['%%%', 'damaged'],
  [encodeAssignment(assignment).slice(0, 20), 'damaged'],
  [encodeAssignment({ ...assignment, exercises: [] }), 'no exercises'],
  [encodeAssignment({ ...assignment, exercises: ['../../etc'] }), 'cannot read'],
  [encodeAssignment({ ...assignment, title: ' ' }), 'no title'],
  [
    encodeAssignment({ ...assignment, presets: [{ ...assignment.presets[0], locked: ['other'] }] }),
    'locks a setting',
  ],
  [encodeAssignment({ ...assignment, v: 2 } as unknown as Assignment), 'another version'],
])('link %# is refused: %s', (code, reason) => {
  const r = decodeAssignment(code);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toContain(reason);
});

test('presets are read from a figure’s copied link', () => {
  expect(
    presetsFromFigureLink(
      'http://127.0.0.1:4321/chapters/sequence-modeling/?next-word.text=my+cat&next-word.top=4#next-word',
    ),
  ).toEqual({
    ok: true,
    value: [{ chapter: 'sequence-modeling', fid: 'next-word', state: { text: 'my cat', top: '4' } }],
  });
  expect(presetsFromFigureLink('http://127.0.0.1:4321/glossary/').ok).toBe(false);
  expect(presetsFromFigureLink('/chapters/sequence-modeling/').ok).toBe(false);
});

test('settings round-trip: id, checksum salt, due date, attempt limit, graded mode', () => {
  const withSettings: Assignment = {
    ...assignment,
    id: 'week-1-x7k2',
    salt: 'abcDEF123_-x',
    due: '2026-12-01T17:00:00.000Z',
    maxAttempts: 3,
    mode: 'graded',
  };
  expect(decodeAssignment(encodeAssignment(withSettings))).toEqual({ ok: true, value: withSettings });
});

test.each([
  [{ id: 'A B' }, 'unreadable id'],
  [{ salt: 'short' }, 'checksum key'],
  [{ due: 'next tuesday' }, 'due date'],
  [{ maxAttempts: 0 }, 'attempt limit'],
  [{ maxAttempts: 2.5 }, 'attempt limit'],
  [{ mode: 'exam' }, 'neither practice nor graded'],
])('an unreadable setting %j is refused: %s', (extra, reason) => {
  const r = decodeAssignment(encodeAssignment({ ...assignment, ...extra } as Assignment));
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toContain(reason);
});

test('assignmentIdOf gives the link’s id, or one made from the title for older links', () => {
  expect(assignmentIdOf({ ...assignment, id: 'week-1-x7k2' })).toBe('week-1-x7k2');
  expect(assignmentIdOf({ ...assignment, title: 'Week 1: Sparsity!' })).toBe('title-week-1-sparsity');
});
