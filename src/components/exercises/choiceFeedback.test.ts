// Feedback after a choice reads as one verdict and one explanation, for every option of every chapter.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveAnswer } from './answers/index.ts';
import { authorVerdict, choiceFeedback } from './choiceFeedback.ts';
import { withinTolerance } from './numberInput.ts';
import { scanExercises } from './scanExercises.ts';

test('an author’s "Right:" after the book’s "Right." is dropped, and the rest starts with a capital', () => {
  expect(
    choiceFeedback({ right: true, predict: false, feedback: 'Right: only the final state c = h_T.' }),
  ).toBe('Right. Only the final state c = h_T.');
  expect(choiceFeedback({ right: true, predict: true, feedback: 'Yes: the context vector has 64.' })).toBe(
    'Your prediction was right. The context vector has 64.',
  );
  expect(choiceFeedback({ right: false, predict: false, feedback: 'No, it vanishes too.' })).toBe(
    'Not this one. It vanishes too.',
  );
});

test('feedback without a verdict of its own is kept whole, after what was chosen earlier', () => {
  expect(
    choiceFeedback({
      right: false,
      predict: false,
      feedback: 'Close: “baked a” is already too rare.',
      earlier: 'You chose this 3 Nov, 10:04.',
    }),
  ).toBe('You chose this 3 Nov, 10:04. Not this one. Close: “baked a” is already too rare.');
});

interface Option {
  where: string;
  right: boolean;
  predict: boolean;
  feedback: string;
}

const CHAPTERS = resolve(import.meta.dirname, '../../content/chapters');

async function everyOption(): Promise<Option[]> {
  const out: Option[] = [];
  for (const file of readdirSync(CHAPTERS).filter((f) => f.endsWith('.mdx'))) {
    const body = readFileSync(resolve(CHAPTERS, file), 'utf8');
    for (const ex of scanExercises(body, file)) {
      if (ex.kind !== 'choice' && ex.kind !== 'predict') continue;
      const open = new RegExp(`<\\w+Exercise\\b[^>]*\\bid="${ex.id}"[^>]*>`).exec(body)?.[0] ?? '';
      const key = /\sanswer="([^"]+)"/.exec(open)?.[1];
      const tolerance = Number(/\stolerance="([^"]+)"/.exec(open)?.[1] ?? 1e-9);
      const answer = key ? await resolveAnswer(key, `${file} #${ex.id}`) : undefined;
      for (const m of ex.source.matchAll(/<Choice\b([^>]*)>/g)) {
        const attrs = m[1];
        const feedback = /\sfeedback="([^"]*)"/.exec(attrs)?.[1] ?? '';
        const value = /\svalue="([^"]+)"/.exec(attrs)?.[1];
        const right =
          answer !== undefined && value !== undefined
            ? withinTolerance(Number(value), answer, { kind: 'abs', amount: tolerance })
            : /\scorrect\b/.test(attrs);
        out.push({
          where: `${file} #${ex.id}: ${feedback.slice(0, 40)}`,
          right,
          predict: ex.kind === 'predict',
          feedback,
        });
      }
    }
  }
  return out;
}

const options = await everyOption();

describe('every option of every choice and predict exercise in the book', () => {
  test('there are options to check, in every chapter that has choices', () => {
    expect(options.length).toBeGreaterThan(40);
    expect(options.filter((o) => o.right).length).toBeGreaterThan(10);
  });

  test.each(options.map((o) => [o.where, o] as const))('%s', (_where, o) => {
    const text = choiceFeedback(o);
    // One verdict only: nothing like "Right. Right:", "Right. Yes:" or "Not this one. No,".
    expect(text).not.toMatch(
      /^(Right\.|Not this one\.|Your prediction was (not )?right\.) (Right|Correct|Yes|No|Wrong|Incorrect|Exactly|Indeed)\b/i,
    );
    // An author's verdict never contradicts the book's.
    const own = authorVerdict(o.feedback);
    if (own) expect(own).toBe(o.right ? 'right' : 'wrong');
  });
});
