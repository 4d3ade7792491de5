// Reads a typed number the way a student writes one ("0.25", "3/4", "25%", "1.78e-5", "1.78 × 10^-5",
// "1.78·10⁻⁵", "0.8^49", "1,000", "−3", "4.7×") and turns anything else into a plain message, so nothing
// unreadable ever reaches a comparison.

export type ReadNumber = { ok: true; value: number } | { ok: false; message: string };

const MAX_CHARS = 40;

const SUPERSCRIPT: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
  '⁻': '-',
  '⁺': '+',
};
// A run of superscript characters is an exponent ("10⁻⁵"); it must become "^(-5)" before NFKC, which
// would otherwise flatten "10⁻⁵" into "10−5", a subtraction.
const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+/g;

/** Characters students use for the same few operations, mapped to one spelling each. */
function canonical(text: string): string {
  return text
    .replace(SUPERSCRIPT_RUN, (run) => `^(${[...run].map((c) => SUPERSCRIPT[c]).join('')})`)
    .normalize('NFKC')
    .replace(/\\times|\\cdot/g, '×')
    .replace(/\*\*/g, '^')
    .replace(/[\u2212\u2010-\u2015\ufe63]/g, '-')
    .replace(/[*·⋅∙•xX]/g, '×')
    .replace(/[÷⁄∕]/g, '/')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** m · 10^k, exactly as the decimal "m e k" would read (1.78 · 10^-5 is 1.78e-5, not 1.7800000000000002e-5). */
function timesTenTo(m: number, k: number): number {
  const [digits, e = '0'] = String(m).split('e');
  return Number(`${digits}e${Number(e) + k}`);
}

/** What went wrong, in words a reader can act on; `ask` ends every message. */
class Unreadable extends Error {}

/** A tiny recursive-descent reader over the canonical text; each method consumes what it names. */
class Reader {
  i = 0;
  readonly s: string;
  constructor(s: string) {
    this.s = s;
  }

  peek(): string {
    return this.s[this.i] ?? '';
  }
  spaces(): void {
    while (this.peek() === ' ') this.i++;
  }
  eat(c: string): boolean {
    this.spaces();
    if (this.peek() !== c) return false;
    this.i++;
    return true;
  }
  digits(): string {
    const start = this.i;
    while (/[0-9]/.test(this.peek())) this.i++;
    return this.s.slice(start, this.i);
  }

  /** "1,234.5", "1 234", ".5", "2.", "1.78e-5": a plain decimal, thousands separators allowed. */
  decimal(): number {
    this.spaces();
    let whole = this.digits();
    // Thousands separators: one kind (comma, space or apostrophe), each followed by exactly three digits,
    // after a first group of one to three.
    const first = whole.length;
    let sep = '';
    for (;;) {
      const group = /^([, '])(\d+)/.exec(this.s.slice(this.i));
      if (!group || first === 0) break;
      if (group[2].length !== 3 || first > 3 || (sep !== '' && sep !== group[1])) {
        if (group[1] === ',') throw new Unreadable('Use a point for decimals (0.5, not 0,5).');
        break;
      }
      sep = group[1];
      whole += group[2];
      this.i += 1 + group[2].length;
    }
    let frac = '';
    if (this.peek() === '.') {
      this.i++;
      frac = this.digits();
    }
    if (whole === '' && frac === '') throw this.unexpected();
    let exp = '';
    if (/[eE]/.test(this.peek()) && /^[eE][+-]?\d/.test(this.s.slice(this.i))) {
      this.i++;
      const sign = /[+-]/.test(this.peek()) ? this.s[this.i++] : '';
      exp = `e${sign}${this.digits()}`;
    }
    return Number(`${whole || '0'}.${frac || '0'}${exp}`);
  }

  /** An exponent: "-5", "(−5)", "{-5}", "0.5". */
  exponent(): number {
    this.spaces();
    const close = this.eat('(') ? ')' : this.eat('{') ? '}' : '';
    const negative = this.eat('-');
    if (!negative) this.eat('+');
    const e = this.decimal();
    if (close && !this.eat(close)) throw this.unexpected();
    return negative ? -e : e;
  }

  /** "0.8^49", "10^-5", or a plain decimal. A power of ten is exact ("1e-5", not 10 ** -5 rounded). */
  power(): { value: number; hasExponent: boolean; tenTo?: number } {
    const base = this.decimal();
    if (!this.eat('^')) return { value: base, hasExponent: false };
    const e = this.exponent();
    if (base === 10 && Number.isInteger(e)) return { value: Number(`1e${e}`), hasExponent: true, tenTo: e };
    return { value: base ** e, hasExponent: true };
  }

  /** "1.78 × 10^-5": a product must end in a power, so "0x10" (hex) and "2 × 3" are not guessed at. */
  quantity(): number {
    const first = this.power();
    if (!this.eat('×')) return first.value;
    this.spaces();
    // A trailing "×" means "times as large" ("4.7×"), not multiplication.
    if (this.i >= this.s.length || this.peek() === '%') return first.value;
    const second = this.power();
    if (!second.hasExponent) throw new Unreadable('Write a power of ten with ^, like 1.78 × 10^-5.');
    // 1.78 × 10^-5 is read as 1.78e-5, which is exact, rather than 1.78 · 0.00001 rounded twice.
    if (second.tenTo !== undefined && !first.hasExponent) return timesTenTo(first.value, second.tenTo);
    return first.value * second.value;
  }

  /** The whole text: a sign, a quantity, an optional "/ quantity", an optional "%". */
  number(): number {
    const negative = this.eat('-');
    if (!negative) this.eat('+');
    let value = this.quantity();
    if (this.eat('/')) {
      const d = this.quantity();
      if (d === 0) throw new Unreadable('Dividing by zero gives no number.');
      value /= d;
    }
    if (this.eat('%')) value /= 100;
    this.spaces();
    if (this.i < this.s.length) throw this.unexpected();
    return negative ? -value : value;
  }

  unexpected(): Unreadable {
    this.spaces();
    const c = [...this.s.slice(this.i)][0];
    if (c === undefined) return new Unreadable('The number ends too early.');
    if (/[0-9]/.test(c) && this.s[this.i - 1] === ' ')
      return new Unreadable('Write one number, without spaces inside it (1000 or 1,000).');
    if (/\p{Nd}/u.test(c)) return new Unreadable('Use the digits 0–9.');
    if (c === ',') return new Unreadable('Use a point for decimals (0.5, not 0,5).');
    return new Unreadable(`The “${c}” cannot be read as part of a number.`);
  }
}

/** `example` is what the message suggests, e.g. "0.25" or "4.5". */
export function readNumber(text: string, example = '0.25'): ReadNumber {
  const ask = `Enter a number, like ${example}.`;
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: ask };
  if ([...trimmed].length > MAX_CHARS)
    return { ok: false, message: `That is too long to be one number. ${ask}` };
  let value: number;
  try {
    value = new Reader(canonical(trimmed)).number();
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    return {
      ok: false,
      message: `${error.message} ${ask} Fractions (3/4), powers (0.8^49) and powers of ten (1.78e-5, 1.78 × 10^-5) work too.`,
    };
  }
  if (!Number.isFinite(value)) return { ok: false, message: `That number is too large. ${ask}` };
  // −0 reads as 0: nobody means a signed zero, and it would print as "-0".
  return { ok: true, value: value === 0 ? 0 : value };
}

export type Tolerance = { kind: 'abs' | 'rel'; amount: number };

/** Whether `value` is within tolerance of `answer`: absolute |v − a| ≤ t, or relative |v − a| ≤ t·|a|. */
export function withinTolerance(value: number, answer: number, tol: Tolerance): boolean {
  const allowed = tol.kind === 'abs' ? tol.amount : tol.amount * Math.abs(answer);
  // A hair of slack so that typing exactly the rounded bound counts.
  return Math.abs(value - answer) <= allowed * (1 + 1e-9) + 1e-12;
}

/** A number for feedback text: `digits` significant figures (0: a whole number, as an exercise's digits="0"), never exponent junk for everyday sizes. */
export function showNumber(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return '—';
  if (digits < 1) return String(Math.round(x));
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e-4 && abs < 1e9) return String(Number(x.toPrecision(digits)));
  return x.toExponential(digits - 1);
}
