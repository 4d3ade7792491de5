// Typed answers: what a reader writes is read as a number, and everything else gets a plain message.
import fc from 'fast-check';
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
    ['0.8^49', 0.8 ** 49],
    ['0.8**49', 0.8 ** 49],
    ['0.8⁴⁹', 0.8 ** 49],
    ['2^-3', 0.125],
    ['2^(−3)', 0.125],
    ['1.78e-5', 1.78e-5],
    ['1.78E−5', 1.78e-5],
    ['1.78 × 10^-5', 1.78e-5],
    ['1.78x10^-5', 1.78e-5],
    ['1.78X10^-5', 1.78e-5],
    ['1.78*10^-5', 1.78e-5],
    ['1.78 \\times 10^{-5}', 1.78e-5],
    ['1.78·10⁻⁵', 1.78e-5],
    ['1.78 ⋅ 10⁻⁵', 1.78e-5],
    ['10^-5', 1e-5],
    ['10⁶', 1e6],
    ['3/4', 0.75],
    ['3 / 4', 0.75],
    ['-3/4', -0.75],
    ['−0.25', -0.25],
    ['–0.25', -0.25],
    ['12,345.5', 12345.5],
    ['1 000 000', 1e6],
    ['1\u202f000', 1000],
    ["1'000", 1000],
    ['4.7x', 4.7],
    ['+2', 2],
    ['-0', 0],
    ['2.', 2],
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
    '2 × 3',
    '1.78 × 10-5',
    '12 34',
    '1,00',
    '1234,567',
    '1,000 000',
    '10^',
    '2^(3',
    '--3',
    '1e',
    '%',
    '0^-1',
    '10^400',
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
  // digits="0" on an exercise means a whole number (Chapter 8's parameter count); toPrecision(0) would throw
  expect(showNumber(28272, 0)).toBe('28272');
  expect(showNumber(Number.NaN)).toBe('—');
  expect(showNumber(1.5e-7)).toBe('1.50e-7');
});

test('the reported forms get a message that names what went wrong, never "Use the digits" for plain ASCII', () => {
  const decimalComma = readNumber('0,5');
  expect(decimalComma.ok || decimalComma.message).toContain('Use a point for decimals');
  const product = readNumber('1.78 × 10-5');
  expect(product.ok || product.message).toContain('Write a power of ten with ^');
  const spaced = readNumber('12 34');
  expect(spaced.ok || spaced.message).toContain('without spaces inside it');
  const arabic = readNumber('٠٫٥');
  expect(arabic.ok || arabic.message).toContain('Use the digits 0–9');
});

describe('readNumber, for any number (property-based)', () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

  test('reads back what JavaScript prints, exactly', () => {
    fc.assert(
      fc.property(finite, (x) => {
        expect(readNumber(String(x))).toEqual({ ok: true, value: x || 0 });
      }),
    );
  });

  test('reads scientific notation written with × 10^, x10^ or superscripts as the e-form reads it', () => {
    const sup = (k: number) =>
      String(k)
        .replace('-', '⁻')
        .replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]);
    fc.assert(
      fc.property(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: -300, max: 300 }), (m, k) => {
        const mantissa = (m / 1000).toString();
        const expected = Number(`${mantissa}e${k}`);
        for (const text of [
          `${mantissa} × 10^${k}`,
          `${mantissa}x10^${k}`,
          `${mantissa}·10${sup(k)}`,
          `${mantissa.replace('-', '−')} × 10^(${k})`,
        ])
          expect(readNumber(text)).toEqual({ ok: true, value: expected || 0 });
      }),
    );
  });

  test('reads integers with thousands separators and fractions of integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        expect(readNumber(n.toLocaleString('en-US'))).toEqual({ ok: true, value: n || 0 });
        expect(readNumber(`${n}/${d}`)).toEqual({ ok: true, value: n / d || 0 });
      }),
    );
  });

  test('reads powers a^b as a ** b', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 60 }), (a, b) => {
        const base = a / 1000;
        expect(readNumber(`${base}^${b}`)).toEqual({ ok: true, value: base ** b });
      }),
    );
  });

  test('never throws, and any text gives a finite number or a message that says what to type', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.stringMatching(/^[-−0-9.,eE^×x/%() ⁻⁰-⁹]{0,20}$/),
        ),
        (text) => {
          const r = readNumber(text, '0.97');
          if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
          else {
            expect(r.message).toContain('Enter a number, like 0.97.');
            expect(r.message).not.toMatch(/NaN|Infinity|undefined/);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
