// A search query is cut to a length any server accepts in a URL, never mid-character.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { capQuery, MAX_QUERY_CHARS } from './searchQuery.ts';

test('a short query is left alone; a 100 KB one is cut to the limit and says so', () => {
  expect(capQuery('conditional probability')).toEqual({ query: 'conditional probability', cut: false });
  const long = capQuery('a'.repeat(100_000));
  expect(long.cut).toBe(true);
  expect(long.query).toHaveLength(MAX_QUERY_CHARS);
});

test('the cut never leaves more than the limit, nor half of a character', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
      const { query, cut } = capQuery(text);
      expect([...query].length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
      expect(text.startsWith(query)).toBe(true);
      expect(cut).toBe([...text].length > MAX_QUERY_CHARS);
      expect(query).not.toMatch(/[\uD800-\uDBFF]$/);
    }),
  );
});
