// A student's own numbers: a seed from the assignment id, the student identifier and the exercise (or
// group of exercises that share numbers), and a small generator drawn from it. Pure and stable, so the
// student's page, the answer key and the class table all draw the same numbers from the same names.
//
// The scheme (version VARIANT_SCHEME, recorded in the assignment link as `variants`):
//   text = "unrolled-variant-v1\n" + assignment id + "\n" + studentKey(student) + "\n" + group
//   seed = FNV-1a 32-bit hash of text's UTF-8 bytes
//   numbers = mulberry32(seed), one uniform draw in [0, 1) after another.
// studentKey folds case, spacing and Unicode forms, so "Ada  Lovelace" and "ada lovelace" get one set of
// numbers, as the class table already counts them as one student. Changing any step changes every
// student's numbers: bump VARIANT_SCHEME, and keep the old one while links made with it are in use.
import { studentKey } from '../../../lib/classroom/studentKey.ts';
import { VARIANT_SCHEME } from '../../../lib/progress/assignmentLink.ts';

export { VARIANT_SCHEME };

/** FNV-1a, 32 bits (Fowler, Noll and Vo): a fast, well-spread hash; not a secret, only a stable one. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The seed of `group`'s numbers for one student of one assignment. */
export function variantSeed(assignmentId: string, student: string, group: string): number {
  return fnv1a(`unrolled-variant-v${VARIANT_SCHEME}\n${assignmentId}\n${studentKey(student)}\n${group}`);
}

/** mulberry32 (Tommy Ettinger's public-domain generator): uniform numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of `options`, uniformly. */
export function pick<T>(random: () => number, options: readonly T[]): T {
  return options[Math.min(options.length - 1, Math.floor(random() * options.length))];
}

/** Whole numbers lo, lo + step, …, up to hi. */
export function steps(lo: number, hi: number, step = 1): number[] {
  const out: number[] = [];
  for (let x = lo; x <= hi + 1e-9; x += step) out.push(Math.round(x * 1e6) / 1e6);
  return out;
}
