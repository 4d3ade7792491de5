// Numbers for readers: scientific notation with superscript exponents ("3.1 × 10⁻⁶"), never NaN or Infinity.
const SUP: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 10 to a power, written with a superscript: pow10(-4) → "10⁻⁴". */
export function pow10(e: number): string {
  return `10${[...String(e)].map((c) => SUP[c] ?? c).join('')}`;
}

/** A readable magnitude: plain between 0.01 and 1000, else "m × 10ᵉ"; a non-finite value reads "overflow". */
export function sci(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return 'overflow';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 0.01 && a < 1000) return String(Number(x.toPrecision(digits)));
  const e = Math.floor(Math.log10(a));
  const m = x / 10 ** e;
  return `${m.toFixed(digits - 1)} × ${pow10(e)}`;
}
