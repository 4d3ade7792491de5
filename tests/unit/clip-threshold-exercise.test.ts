// Chapter 4's exercise "small-threshold" asks the reader to compare the exploding figure at τ = 0.5 and τ = 2.
// Its correct choice must say what those two runs do: this test trains both with the figure's own settings
// (seed, learning rate, step count), through the engine, and checks the claim the choice makes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Trainer } from '../../src/tasks/index.ts';
import { defaults } from '../../src/components/figure/stateSchema.ts';
import { explodingSettings, MAX_STEPS } from '../../src/components/widgets/exploding/model.ts';
import { explodingSchema } from '../../src/components/widgets/exploding/state.ts';

/** The figure's run at threshold τ, step by step: loss and whether clipping acted. */
function run(maxNorm: number) {
  const t = new Trainer(explodingSettings({ ...defaults(explodingSchema), clip: true, maxNorm }));
  const loss: number[] = [];
  let clipped = 0;
  for (let i = 0; i < MAX_STEPS; i++) {
    const r = t.step();
    if (r.status !== 'ok') throw new Error(`τ = ${maxNorm}: ${r.status} at step ${r.step}`);
    loss.push(r.loss);
    if (r.gradNorm > maxNorm) clipped++;
  }
  return { loss, clipped };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
/** The last tenth of the run: where "ends lower and steadier" is read. */
const end = (xs: number[]) => xs.slice(-Math.round(MAX_STEPS / 10));

const chapter = readFileSync(
  new URL('../../src/content/chapters/04-vanishing-gradients.mdx', import.meta.url),
  'utf8',
);
const exercise = chapter.slice(
  chapter.indexOf('<ChoiceExercise id="small-threshold"'),
  chapter.indexOf('</ChoiceExercise>', chapter.indexOf('<ChoiceExercise id="small-threshold"')),
);
const correct = exercise.match(/<Choice correct[^>]*>([\s\S]*?)<\/Choice>/)?.[1] ?? '';

describe('the clipping-threshold exercise says what the figure shows at τ = 0.5 and τ = 2', () => {
  const small = run(0.5);
  const large = run(2);

  it('the exercise asks about exactly these two thresholds', () => {
    expect(exercise).toContain('set the threshold to 0.5, then to 2');
  });

  it('at τ = 0.5 clipping acts at almost every step, so each step is η·τ long', () => {
    expect(small.clipped).toBeGreaterThan(0.9 * MAX_STEPS);
  });

  it('a smaller threshold falls more slowly at first', () => {
    const early = Math.round(MAX_STEPS / 6);
    expect(small.loss[early - 1]).toBeGreaterThan(large.loss[early - 1]);
    expect(correct).toContain('falls more slowly at first');
  });

  it('but it ends lower and steadier, while the larger threshold bounces', () => {
    expect(mean(end(small.loss))).toBeLessThan(mean(end(large.loss)));
    expect(spread(end(small.loss))).toBeLessThan(spread(end(large.loss)));
    expect(correct).toContain('ends lower and steadier');
    expect(correct).toContain('bounces');
  });
});
