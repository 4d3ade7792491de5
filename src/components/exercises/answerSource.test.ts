// Every computed answer says where it comes from, and feedback never falls back to a vague phrase.
import { expect, test } from 'vitest';
import { ANSWER_SOURCES, answerSourcePhrase } from './answerSource.ts';
import { answerProviders } from './answers/index.ts';

test('every answer provider has a listed source, and every listed source is a provider', () => {
  expect(Object.keys(ANSWER_SOURCES).sort()).toEqual(Object.keys(answerProviders).sort());
});

test('an answer with no listed source fails the build with the exercise named', () => {
  expect(() => answerSourcePhrase('nowhere.x', '<NumericExercise id="x">')).toThrow(
    /<NumericExercise id="x">: answer="nowhere.x" has no entry/,
  );
  expect(answerSourcePhrase('gates.lstm-params', '')).toBe("computed by the book's engine");
  expect(answerSourcePhrase('sequence-modeling.p-america', '')).toBe('counted from the Brown corpus');
});
