// Specification of the progress record: attempts, done-ness by kind, merging, validation of junk.
import { describe, expect, test } from 'vitest';
import {
  chapterSummary,
  emptyProgress,
  MAX_ATTEMPTS,
  mergeProgress,
  PROGRESS_VERSION,
  parseProgress,
  recordAttempt,
} from './store.ts';

const where = { chapter: 'sequence-modeling', id: 'p-america', kind: 'numeric' as const };
const at = (s: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, s)).toISOString();

describe('recordAttempt', () => {
  test('a wrong answer is kept but does not finish the exercise; a right one does', () => {
    let p = recordAttempt(emptyProgress(), where, { at: at(1), answer: '0.5', outcome: 'incorrect' });
    expect(p.exercises['sequence-modeling/p-america'].done).toBe(false);
    p = recordAttempt(p, where, { at: at(2), answer: '0.97', outcome: 'correct' });
    expect(p.exercises['sequence-modeling/p-america']).toMatchObject({ done: true, attempts: [{}, {}] });
  });

  test('a committed prediction finishes the exercise whether or not it was right', () => {
    const p = recordAttempt(
      emptyProgress(),
      { ...where, kind: 'predict' },
      { at: at(1), answer: 'b', outcome: 'incorrect' },
    );
    expect(p.exercises['sequence-modeling/p-america'].done).toBe(true);
  });

  test('a derivation is done once working is written or the solution is marked understood, not on opening it', () => {
    const derivation = { ...where, id: 'chain-three', kind: 'derivation' as const };
    const key = 'sequence-modeling/chain-three';
    const opened = recordAttempt(emptyProgress(), derivation, { at: at(1), answer: '', outcome: 'revealed' });
    expect(opened.exercises[key].done).toBe(false);
    const wrote = recordAttempt(opened, derivation, { at: at(2), answer: 'P(a)P(b|a)', outcome: 'written' });
    expect(wrote.exercises[key]).toMatchObject({ done: true, attempts: [{}, { answer: 'P(a)P(b|a)' }] });
    const understood = recordAttempt(emptyProgress(), derivation, {
      at: at(3),
      answer: '',
      outcome: 'understood',
    });
    expect(understood.exercises[key].done).toBe(true);
    expect(parseProgress(JSON.parse(JSON.stringify(wrote)))).toMatchObject({ ok: true });
  });

  test('once done, a later wrong answer does not undo it, and only the last attempts are kept', () => {
    let p = recordAttempt(emptyProgress(), where, { at: at(0), answer: '1', outcome: 'correct' });
    for (let i = 1; i <= 30; i++)
      p = recordAttempt(p, where, { at: at(i), answer: 'x', outcome: 'incorrect' });
    expect(p.exercises['sequence-modeling/p-america'].done).toBe(true);
    expect(p.exercises['sequence-modeling/p-america'].attempts).toHaveLength(MAX_ATTEMPTS);
  });

  test('the old progress is not changed', () => {
    const before = emptyProgress();
    recordAttempt(before, where, { at: at(1), answer: '1', outcome: 'correct' });
    expect(before.exercises).toEqual({});
  });
});

test('chapterSummary counts done exercises that still exist in the chapter', () => {
  let p = recordAttempt(emptyProgress(), where, { at: at(1), answer: '1', outcome: 'correct' });
  p = recordAttempt(p, { ...where, id: 'gone' }, { at: at(1), answer: '1', outcome: 'correct' });
  expect(chapterSummary(p, 'sequence-modeling', ['p-america', 'other'])).toEqual({ done: 1, total: 2 });
});

test('mergeProgress unites attempts without duplicates and keeps done from either side', () => {
  const a = recordAttempt(emptyProgress(), where, { at: at(1), answer: '0.5', outcome: 'incorrect' });
  const b = recordAttempt(a, where, { at: at(2), answer: '0.97', outcome: 'correct' });
  const m = mergeProgress(a, b);
  expect(m.exercises['sequence-modeling/p-america'].attempts.map((t) => t.answer)).toEqual(['0.5', '0.97']);
  expect(m.exercises['sequence-modeling/p-america'].done).toBe(true);
});

describe('parseProgress', () => {
  test('round-trips what recordAttempt produced', () => {
    const p = recordAttempt(emptyProgress(), where, { at: at(1), answer: '0.97', outcome: 'correct' });
    expect(parseProgress(JSON.parse(JSON.stringify(p)))).toEqual({ ok: true, value: p });
  });

  test.each([
    [null, 'not a progress record'],
    [[], 'not a progress record'],
    [{ version: 99, exercises: {} }, 'newer version'],
    [{ exercises: {} }, 'no version'],
    [{ version: PROGRESS_VERSION }, 'no exercises'],
    [
      { version: 1, exercises: { x: { chapter: 'c', id: 'i', kind: 'essay', done: true, attempts: [] } } },
      'unknown kind',
    ],
    [
      {
        version: 1,
        exercises: { x: { chapter: 'c', id: '../x', kind: 'numeric', done: true, attempts: [] } },
      },
      'valid id',
    ],
    [
      {
        version: 1,
        exercises: {
          x: {
            chapter: 'c',
            id: 'i',
            kind: 'numeric',
            done: true,
            attempts: [{ at: 'soon', answer: '1', outcome: 'correct' }],
          },
        },
      },
      'valid time',
    ],
  ])('rejects %j with a plain reason', (input, reason) => {
    const r = parseProgress(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(reason);
  });
});
