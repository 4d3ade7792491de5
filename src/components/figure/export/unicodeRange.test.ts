import { describe, expect, it } from 'vitest';
import { parseUnicodeRange, rangeCovers } from './unicodeRange.ts';

// fontsource's Latin and Greek ranges for Source Sans 3, abridged
const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+2000-206F, U+20AC, U+2212, U+FEFF, U+FFFD';
const GREEK = 'U+0370-0377, U+037A-037F, U+0384-038A, U+038C, U+038E-03A1, U+03A3-03FF';

describe('parseUnicodeRange', () => {
  it('reads single points, intervals and wildcards', () => {
    expect(parseUnicodeRange('U+0131, U+0152-0153, U+02??')).toEqual([
      [0x131, 0x131],
      [0x152, 0x153],
      [0x200, 0x2ff],
    ]);
  });
  it('treats an absent range as every code point', () => {
    expect(parseUnicodeRange('')).toEqual([[0, 0x10ffff]]);
  });
});

describe('rangeCovers', () => {
  it('finds Latin text in the Latin file only', () => {
    expect(rangeCovers(LATIN, 'Spectral radius')).toBe(true);
    expect(rangeCovers(GREEK, 'Spectral radius')).toBe(false);
  });
  it('finds ρ, σ and γ in the Greek file', () => {
    expect(rangeCovers(GREEK, 'ρ(W_hh) = 0.90')).toBe(true);
  });
  it('finds the minus sign (U+2212) in the Latin file', () => {
    expect(rangeCovers(LATIN, '−')).toBe(true);
  });
});
