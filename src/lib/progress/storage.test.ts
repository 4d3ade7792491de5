// The storage adapter never throws: disabled, full and corrupted storage become a problem the page reports.
import { expect, test } from 'vitest';
import { openProgressStorage, STORAGE_KEY } from './storage.ts';
import { emptyProgress, recordAttempt } from './store.ts';

function memoryStorage(limit = Infinity): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => {
      if (v.length > limit) throw new DOMException('quota', 'QuotaExceededError');
      map.set(k, v);
    },
  };
}

const progress = recordAttempt(
  emptyProgress(),
  { chapter: 'c', id: 'e', kind: 'numeric' },
  { at: '2025-01-01T00:00:00.000Z', answer: '1', outcome: 'correct' },
);

test('what is saved is loaded again, as after a reload', () => {
  const mem = memoryStorage();
  expect(openProgressStorage(() => mem).save(progress)).toBe(true);
  const again = openProgressStorage(() => mem);
  expect(again.load()).toEqual(progress);
  expect(again.problem).toBeUndefined();
});

test('a getter that throws means storage is disabled; loading gives empty progress and saving fails quietly', () => {
  const s = openProgressStorage(() => {
    throw new DOMException('denied', 'SecurityError');
  });
  expect(s.problem).toBe('disabled');
  expect(s.load()).toEqual(emptyProgress());
  expect(s.save(progress)).toBe(false);
});

test('a full storage is reported as full and the page goes on', () => {
  const s = openProgressStorage(() => memoryStorage(10));
  expect(s.save(progress)).toBe(false);
  expect(s.problem).toBe('full');
});

test.each(['{not json', '"a string"', '{"version":1,"exercises":{"x":5}}', 'null'])(
  'junk %j in storage is reported as corrupted and progress starts empty',
  (junk) => {
    const mem = memoryStorage();
    mem.setItem(STORAGE_KEY, junk);
    const s = openProgressStorage(() => mem);
    expect(s.load()).toEqual(emptyProgress());
    expect(s.problem).toBe('corrupted');
    expect(s.save(progress)).toBe(true);
  },
);
