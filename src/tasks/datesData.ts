// Seeded human-readable dates and their ISO form, as character ids: the data of the `dates` task (Chapters 6 and 7).
import type { Rng } from '../engine/index.ts';

// The task follows the date-normalisation exercise popularised for attention (Bahdanau et al. 2015 use
// translation; dates keep the alignment visible): "3 May 1979", "05/03/79", "Thursday, May 3rd 1979"
// → "1979-05-03". Slashed dates are month first, and a two-digit year yy means 19yy for yy ≥ 50,
// else 20yy. Every date lies in 1950-01-01 … 2049-12-31.

/** Source characters after PAD (0) and UNK (1): inputs are lower-cased; any other character becomes UNK. */
export const SRC_CHARS = ' ,./-0123456789abcdefghijklmnopqrstuvwxyz';
export const SRC_PAD = 0;
export const SRC_UNK = 1;
export const SRC_VOCAB = 2 + SRC_CHARS.length;

/** Target ids: PAD 0, BOS 1, EOS 2, then these characters. */
export const TGT_CHARS = '0123456789-';
export const TGT_PAD = 0;
export const TGT_BOS = 1;
export const TGT_EOS = 2;
export const TGT_VOCAB = 3 + TGT_CHARS.length;

/** Longest source the models read, in characters; longer typed input is truncated to it. */
export const MAX_SOURCE = 50;
/** An ISO date (10 characters) and EOS. */
export const TARGET_LENGTH = 11;

const FIRST_DAY = Date.UTC(1950, 0, 1) / 86_400_000;
/** Days in 1950-01-01 … 2049-12-31. */
export const DAY_COUNT = Date.UTC(2050, 0, 1) / 86_400_000 - FIRST_DAY;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface DateParts {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
  weekday: number; // 0 = Sunday
}

/** The date `index` days after 1950-01-01. */
export function dateAt(index: number): DateParts {
  const d = new Date((FIRST_DAY + index) * 86_400_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function iso(d: DateParts): string {
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}

function ordinal(n: number): string {
  const s =
    n % 10 === 1 && n !== 11
      ? 'st'
      : n % 10 === 2 && n !== 12
        ? 'nd'
        : n % 10 === 3 && n !== 13
          ? 'rd'
          : 'th';
  return `${n}${s}`;
}

/** The formats, shortest first in spirit: each writes one date as a reader might. */
export const FORMATS: ((d: DateParts) => string)[] = [
  (d) => `${d.month}/${d.day}/${pad2(d.year % 100)}`,
  (d) => `${pad2(d.month)}/${pad2(d.day)}/${pad2(d.year % 100)}`,
  (d) => `${pad2(d.month)}/${pad2(d.day)}/${d.year}`,
  (d) => `${d.day} ${MONTHS[d.month - 1].slice(0, 3)} ${d.year}`,
  (d) => `${d.day} ${MONTHS[d.month - 1]} ${d.year}`,
  (d) => `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`,
  (d) => `${MONTHS[d.month - 1]} ${ordinal(d.day)} ${d.year}`,
  (d) => `${WEEKDAYS[d.weekday].slice(0, 3)} ${d.day} ${MONTHS[d.month - 1].slice(0, 3)} ${d.year}`,
  (d) => `${WEEKDAYS[d.weekday]}, ${MONTHS[d.month - 1]} ${ordinal(d.day)} ${d.year}`,
  (d) => `${WEEKDAYS[d.weekday]}, ${d.day} ${MONTHS[d.month - 1]} ${d.year}`,
  (d) => `${WEEKDAYS[d.weekday]}, the ${ordinal(d.day)} of ${MONTHS[d.month - 1]}, ${d.year}`,
  (d) => `on ${WEEKDAYS[d.weekday]}, ${MONTHS[d.month - 1]} the ${ordinal(d.day)}, ${d.year}`,
];

/**
 * Whether a date is held out: about one day in five (a fixed hash of the day, the same for every seed),
 * never drawn for training, so the held-out accuracy measures dates the model has not seen.
 */
export function isHeldOut(index: number): boolean {
  let h = Math.imul(index ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % 5 === 0;
}

/** Source character ids of a text: lower-cased, unknown characters → UNK, cut to MAX_SOURCE. */
export function encodeSource(text: string): number[] {
  const ids: number[] = [];
  for (const ch of text.toLowerCase()) {
    if (ids.length === MAX_SOURCE) break;
    const k = SRC_CHARS.indexOf(ch);
    ids.push(k < 0 ? SRC_UNK : 2 + k);
  }
  return ids;
}

/** Target ids of an ISO date, ending in EOS. */
export function encodeTarget(isoDate: string): number[] {
  return [...isoDate].map((ch) => 3 + TGT_CHARS.indexOf(ch)).concat(TGT_EOS);
}

/** Text of target ids, stopping at EOS; PAD and BOS print as nothing. */
export function decodeTarget(ids: readonly number[]): string {
  let s = '';
  for (const id of ids) {
    if (id === TGT_EOS) break;
    if (id >= 3) s += TGT_CHARS[id - 3];
  }
  return s;
}

export interface DateExample {
  text: string;
  iso: string;
  src: number[];
  tgt: number[];
}

export function example(d: DateParts, format: number): DateExample {
  const text = FORMATS[format](d);
  const target = iso(d);
  return { text, iso: target, src: encodeSource(text), tgt: encodeTarget(target) };
}

/** A random example on a training date (held-out days are skipped), in a random format among the first `formats`. */
export function trainingExample(rng: Rng, formats = FORMATS.length): DateExample {
  let index = rng.int(DAY_COUNT);
  while (isHeldOut(index)) index = rng.int(DAY_COUNT);
  return example(dateAt(index), rng.int(formats));
}

/** Input-length bands of the held-out set, in characters: [lo, hi] inclusive. */
export const LENGTH_BANDS: readonly [number, number][] = [
  [6, 9],
  [10, 13],
  [14, 19],
  [20, 27],
  [28, 35],
  [36, 50],
];

/**
 * The held-out set: `perBand` examples in each length band, on held-out days only, drawn from `seed`.
 * Bands are filled by rejection, so each holds every format whose length falls in it.
 */
export function heldOutSet(seed: Rng, perBand: number): DateExample[][] {
  const bands: DateExample[][] = LENGTH_BANDS.map(() => []);
  let guard = 0;
  while (bands.some((b) => b.length < perBand) && guard++ < 200_000) {
    const index = seed.int(DAY_COUNT);
    if (!isHeldOut(index)) continue;
    const ex = example(dateAt(index), seed.int(FORMATS.length));
    const band = LENGTH_BANDS.findIndex(([lo, hi]) => ex.src.length >= lo && ex.src.length <= hi);
    if (band >= 0 && bands[band].length < perBand) bands[band].push(ex);
  }
  return bands;
}
