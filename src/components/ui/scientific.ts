// Numbers too large for digits, written as a reader writes them: 4.7 × 10¹⁸, from log10 so that V^n never overflows.

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 10 to an integer power, with the exponent in superscript digits: 10¹⁸, 10⁻³. */
export function powerOfTen(exponent: number): string {
  const digits = String(Math.abs(exponent))
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('');
  return `10${exponent < 0 ? '⁻' : ''}${digits}`;
}

/** A positive number given by its log10: digits with separators below a million, else m × 10^e. */
export function fromLog10(log10: number): string {
  if (log10 < 6) return Math.round(10 ** log10).toLocaleString('en-US');
  let e = Math.floor(log10);
  let m = Number((10 ** (log10 - e)).toFixed(1));
  if (m >= 10) {
    m /= 10;
    e += 1;
  }
  return `${m.toFixed(1)} × ${powerOfTen(e)}`;
}
