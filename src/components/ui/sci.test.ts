// Tests of the number formatting every chapter 3–4 figure uses.
import { describe, expect, it } from 'vitest';
import { pow10, sci } from './sci.ts';

describe('sci', () => {
  it('writes small and large magnitudes with superscript powers of ten', () => {
    expect(sci(3.14e-6)).toBe('3.1 × 10⁻⁶');
    expect(sci(2.5e12)).toBe('2.5 × 10¹²');
    expect(pow10(-4)).toBe('10⁻⁴');
  });
  it('writes everyday magnitudes plainly, and overflow as a word', () => {
    expect(sci(0.5)).toBe('0.5');
    expect(sci(12)).toBe('12');
    expect(sci(Number.POSITIVE_INFINITY)).toBe('overflow');
    expect(sci(Number.NaN)).toBe('overflow');
    expect(sci(0)).toBe('0');
  });
});
