// Reads a typed number the way a reader writes one ("0.25", ".25", "-3", "1e-3", "25%", "1/4", "4.7×")
// and turns anything else into a plain message, so nothing unreadable ever reaches a comparison.

export type ReadNumber = { ok: true; value: number } | { ok: false; message: string };

const MAX_CHARS = 40;
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** `example` is what the message suggests, e.g. "0.25" or "4.5". */
export function readNumber(text: string, example = '0.25'): ReadNumber {
  const ask = `Enter a number, like ${example}.`;
  const raw = text.normalize('NFKC').trim();
  if (raw === '') return { ok: false, message: ask };
  if ([...raw].length > MAX_CHARS) return { ok: false, message: `That is too long to be one number. ${ask}` };
  // Unicode minus, thin spaces and thousands commas ("1,000") are common when copying from the page.
  let s = raw
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/[\s\u2009\u202f]/g, '')
    .replace(/[×x]$/i, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replaceAll(',', '');
  if (/^\d+,\d+$/.test(s)) return { ok: false, message: `Use a point for decimals. ${ask}` };
  if (/[^\x20-\x7e]/.test(s)) return { ok: false, message: `Use the digits 0–9. ${ask}` };
  let scale = 1;
  if (s.endsWith('%')) {
    scale = 0.01;
    s = s.slice(0, -1);
  }
  let value: number;
  const frac = /^([^/]+)\/([^/]+)$/.exec(s);
  if (frac && PLAIN.test(frac[1]) && PLAIN.test(frac[2])) {
    const d = Number(frac[2]);
    if (d === 0) return { ok: false, message: `Dividing by zero gives no number. ${ask}` };
    value = Number(frac[1]) / d;
  } else if (PLAIN.test(s)) {
    value = Number(s);
  } else {
    return { ok: false, message: ask };
  }
  value *= scale;
  if (!Number.isFinite(value)) return { ok: false, message: `That number is too large. ${ask}` };
  return { ok: true, value };
}

export type Tolerance = { kind: 'abs' | 'rel'; amount: number };

/** Whether `value` is within tolerance of `answer`: absolute |v − a| ≤ t, or relative |v − a| ≤ t·|a|. */
export function withinTolerance(value: number, answer: number, tol: Tolerance): boolean {
  const allowed = tol.kind === 'abs' ? tol.amount : tol.amount * Math.abs(answer);
  // A hair of slack so that typing exactly the rounded bound counts.
  return Math.abs(value - answer) <= allowed * (1 + 1e-9) + 1e-12;
}

/** A number for feedback text: `digits` significant figures, never exponent junk for everyday sizes. */
export function showNumber(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return '—';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e-4 && abs < 1e9) return String(Number(x.toPrecision(digits)));
  return x.toExponential(digits - 1);
}
