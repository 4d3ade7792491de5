// Typed answers: what a reader writes is read as a number, and everything else gets a plain message.
import { describe, expect, test } from 'vitest';
import { readNumber, showNumber, withinTolerance } from './numberInput.ts';

describe('readNumber accepts the ways people write numbers', () => {
  test.each([
    ['0.25', 0.25],
    [' .25 ', 0.25],
    ['-3', -3],
    ['\u22123', -3],
    ['1e-3', 0.001],
    ['25%', 0.25],
    ['1/4', 0.25],
    ['4.7×', 4.7],
    ['1,000', 1000],
    ['０.５', 0.5],
  ])('%j → %d', (text, value) => {
    expect(readNumber(text)).toEqual({ ok: true, value });
  });
});

describe('readNumber refuses junk with a message that says what to type', () => {
  test.each([
    '',
    '   ',
    'abc',
    'NaN',
    'Infinity',
    '-Infinity',
    'undefined',
    '1e400',
    '1/0',
    '0,5',
    '٠٫٥',
    '零点五',
    '😀',
    '1.2.3',
    '0x10',
    '9'.repeat(5000),
    '<script>',
  ])('%j', (text) => {
    const r = readNumber(text, '0.97');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('Enter a number, like 0.97.');
      expect(r.message).not.toMatch(/NaN|Infinity|undefined/);
    }
  });
});

test('withinTolerance: absolute and relative', () => {
  expect(withinTolerance(0.96, 0.9655, { kind: 'abs', amount: 0.01 })).toBe(true);
  expect(withinTolerance(0.95, 0.9655, { kind: 'abs', amount: 0.01 })).toBe(false);
  expect(withinTolerance(4.5, 4.68, { kind: 'rel', amount: 0.05 })).toBe(true);
  expect(withinTolerance(4.4, 4.68, { kind: 'rel', amount: 0.05 })).toBe(false);
});

test('showNumber rounds to significant figures and never prints NaN', () => {
  expect(showNumber(0.96551724)).toBe('0.966');
  expect(showNumber(4.6834, 2)).toBe('4.7');
  expect(showNumber(Number.NaN)).toBe('—');
  expect(showNumber(1.5e-7)).toBe('1.50e-7');
});
