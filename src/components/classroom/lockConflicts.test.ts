// A lock that contradicts a chosen exercise is named; agreeing or unlocked settings are not.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { KEEP_T } from '../exercises/checks/vanishingGradients.ts';
import { scanExercises } from '../exercises/scanExercises.ts';
import { lockConflicts } from './lockConflicts.ts';

const chapter4 = readFileSync(
  new URL('../../content/chapters/04-vanishing-gradients.mdx', import.meta.url),
  'utf8',
);
const keepAlive = scanExercises(chapter4, '04').find((e) => e.id === 'keep-alive')!;
const chosen = [
  {
    key: 'vanishing-gradients/keep-alive',
    label: 'Chapter 4, Exercise 5',
    figure: keepAlive.figure,
    needs: keepAlive.needs,
  },
];
const labelOf = (_c: string, _f: string, k: string) => (k === 'steps' ? 'Length T' : k);
const preset = (steps: string, locked: string[]) => [
  { chapter: 'vanishing-gradients', fid: 'gradient-flow', state: { steps, radius: '1' }, locked },
];

test('Chapter 4’s keep-alive task says, machine-readably, the T its check demands', () => {
  expect(keepAlive.needs).toEqual({ steps: String(KEEP_T) });
});

test('locking T = 50 contradicts the task that needs T = 30', () => {
  expect(lockConflicts(preset('50', ['steps', 'radius']), chosen, labelOf)).toEqual([
    'Chapter 4, Exercise 5 needs Length T = 30, but the assignment locks Length T at 50.',
  ]);
});

test('a lock at the needed value, or a setting left unlocked, is no contradiction', () => {
  expect(lockConflicts(preset('30', ['steps']), chosen, labelOf)).toEqual([]);
  expect(lockConflicts(preset('50', ['radius']), chosen, labelOf)).toEqual([]);
});

test('a prediction’s reveal settings count as needs', () => {
  const predict = scanExercises(chapter4, '04').find((e) => e.id === 'predict-tanh-radius')!;
  expect(predict.needs).toMatchObject({ act: 'tanh', radius: '1.2', steps: '100' });
});
