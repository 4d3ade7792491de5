// The active assignment survives page loads, junk in storage reads as nothing, and storage that is
// disabled or full is a named problem, never an exception.
import { expect, test } from 'vitest';
import {
  CLASSROOM_KEY,
  cleanStudent,
  emptyClassroom,
  fileSlug,
  openClassroomStorage,
  parseClassroom,
} from './activeAssignment.ts';

function memory(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    clear: () => m.clear(),
    key: () => null,
    get length() {
      return m.size;
    },
  };
}

test('saved state loads back', () => {
  const store = memory();
  const s = openClassroomStorage(() => store);
  const state = {
    active: 'abc',
    students: { 'week-1': 'Ada' },
    finished: { 'week-1': '2026-01-01T00:00:00Z' },
  };
  expect(s.save(state)).toBe(undefined);
  expect(s.load()).toEqual(state);
});

test('junk in storage reads as an empty state', () => {
  expect(parseClassroom('{"active":7,"students":{"x":1}}')).toEqual(emptyClassroom());
  expect(parseClassroom('not json')).toEqual(emptyClassroom());
  const store = memory();
  store.setItem(CLASSROOM_KEY, '[');
  expect(openClassroomStorage(() => store).load()).toEqual(emptyClassroom());
});

test('disabled storage and full storage are named problems', () => {
  const disabled = openClassroomStorage(() => {
    throw new DOMException('denied', 'SecurityError');
  });
  expect(disabled.load()).toEqual(emptyClassroom());
  expect(disabled.save(emptyClassroom())).toBe('disabled');
  const full = memory();
  full.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  expect(openClassroomStorage(() => full).save(emptyClassroom())).toBe('full');
});

test('a student identifier is cleaned, and made safe for a file name', () => {
  expect(cleanStudent('  Ada \n Lovelace\u0000 ')).toBe('Ada Lovelace');
  expect(cleanStudent('x'.repeat(100))).toHaveLength(80);
  expect(fileSlug('Ada Lovelace, s123')).toBe('ada-lovelace-s123');
  expect(fileSlug('Ελένη Παπαδοπούλου')).toBe('ελενη-παπαδοπουλου');
  expect(fileSlug('!!!')).toBe('student');
});
