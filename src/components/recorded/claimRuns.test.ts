// What Chapters 6 and 7 say about their trained curves, checked on recorded engine runs at the figures' own
// settings (scripts/record-runs.ts): training them takes minutes, so the first steps of each are trained again
// here and must match the recording, and the claims are read from the recording's held-out results. The
// browser tests (chapter-06/07.spec.ts) check that the live figures' worker runs follow these recordings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import claims from './claimRuns.json';
import recorded from './recorded.json';
import { MAX_STEPS as BOTTLENECK_STEPS } from '../widgets/bottleneck/model.ts';
import { MAX_STEPS as CURVES_STEPS } from '../widgets/length-curves/model.ts';
import { brownChars } from '../widgets/tiny-gpt/brownChars.ts';
import { EVAL_EVERY } from '../widgets/tiny-gpt/gptRun.ts';
import { MAX_STEPS as GPT_STEPS } from '../widgets/tiny-gpt/model.ts';
import { passed } from '../widgets/tiny-gpt/readout.ts';
import { recordBottleneck, recordLengthCurves } from './recordSeq2seq.ts';
import { recordTinyGpt } from './recordTinyGpt.ts';

const FIRST = 5;

type Band = { lo: number; exact: number };

/** Mean exact match of the bands starting between lo and hi (each reversal band is one length). */
const mean = (bands: Band[], lo: number, hi: number) => {
  const xs = bands.filter((b) => b.lo >= lo && b.lo <= hi).map((b) => b.exact);
  expect(xs.length).toBeGreaterThan(0);
  return xs.reduce((a, b) => a + b, 0) / xs.length;
};

const curves = (r: { models: { bands: Band[] }[] }) => r.models.map((m) => m.bands);

describe('the recorded claim runs match the engine', () => {
  const BOTTLENECK = [
    ['bottleneckDates8', { task: 'dates', context: '8' }],
    ['bottleneckReverse', { task: 'reverse', context: '32' }],
    ['bottleneckReverse8', { task: 'reverse', context: '8' }],
  ] as const;
  for (const [name, choice] of BOTTLENECK)
    it(`Chapter 6's bottleneck on ${choice.task} with ${choice.context} numbers: the first steps, at the recorded seed`, () => {
      const again = recordBottleneck(FIRST, choice);
      const rec = claims[name];
      expect([again.seed, again.task, again.context, again.text]).toEqual([
        rec.seed,
        rec.task,
        rec.context,
        rec.text,
      ]);
      expect([rec.task, String(rec.context)]).toEqual([choice.task, choice.context]);
      expect(again.loss).toEqual(rec.loss.slice(0, FIRST));
      expect(rec.stopped).toBeNull();
      expect(rec.steps).toBe(BOTTLENECK_STEPS);
      expect(rec.loss).toHaveLength(rec.steps);
    });

  it("Chapter 7's length curves on digit reversal: the first steps of each model, at the recorded seed", () => {
    const again = recordLengthCurves(FIRST, 'reverse');
    const rec = claims.lengthCurvesReverse;
    expect([again.seed, again.task]).toEqual([rec.seed, rec.task]);
    expect(rec.task).toBe('reverse');
    expect(rec.steps).toBe(CURVES_STEPS);
    expect(again.models.map((m) => m.attention)).toEqual(rec.models.map((m) => m.attention));
    for (const [i, m] of again.models.entries()) {
      expect(m.loss).toEqual(rec.models[i].loss.slice(0, FIRST));
      expect(rec.models[i].stopped).toBeNull();
      expect(rec.models[i].loss).toHaveLength(rec.steps);
    }
  });
});

describe("Chapter 6's claims, on the recorded runs", () => {
  it('on held-out digit reversal the plain model’s exact match falls as sequences grow, earlier with a smaller context', () => {
    const at32 = claims.bottleneckReverse.bands;
    expect(at32.map((b) => b.lo)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(mean(at32, 2, 4)).toBeGreaterThan(0.9);
    expect(mean(at32, 10, 12)).toBeLessThan(mean(at32, 2, 4) - 0.5);
    const at8 = claims.bottleneckReverse8.bands;
    expect(mean(at8, 2, 3)).toBeGreaterThan(0.8);
    expect(mean(at8, 5, 8)).toBeLessThan(mean(at32, 5, 8) - 0.15);
  });

  it('on held-out dates the plain model with 32 numbers learns, long inputs no worse than short; with 8 it learns almost nothing', () => {
    const at32 = recorded.bottleneck.bands;
    expect(recorded.bottleneck.context).toBe(32);
    expect(at32).toHaveLength(6);
    expect(mean(at32, 0, 50)).toBeGreaterThan(0.5);
    expect(at32[5].exact).toBeGreaterThan(at32[0].exact - 0.2);
    const at8 = claims.bottleneckDates8.bands;
    expect(at8).toHaveLength(6);
    expect(mean(at8, 0, 50)).toBeLessThan(0.2);
  });
});

describe("Chapter 7's claims, on the recorded runs", () => {
  it('on held-out dates both attentions beat the plain encoder–decoder, the longest inputs included', () => {
    expect(recorded.lengthCurves.models.map((m) => m.attention)).toEqual(['none', 'dot', 'additive']);
    const [none, dot, additive] = curves(recorded.lengthCurves);
    expect(additive).toHaveLength(6);
    expect(additive[5].exact).toBeGreaterThan(0.9);
    expect(additive[5].exact).toBeGreaterThan(none[5].exact + 0.2);
    expect(mean(additive, 0, 50)).toBeGreaterThan(mean(none, 0, 50) + 0.2);
    expect(mean(dot, 0, 50)).toBeGreaterThan(0.85);
    expect(dot[5].exact).toBeGreaterThan(none[5].exact + 0.2);
  });

  it('on held-out digit reversal the plain model falls with length while additive attention holds and dot-product lags on long ones', () => {
    expect(claims.lengthCurvesReverse.models.map((m) => m.attention)).toEqual(['none', 'dot', 'additive']);
    const [none, dot, additive] = curves(claims.lengthCurvesReverse);
    expect(mean(none, 2, 4)).toBeGreaterThan(0.9);
    expect(mean(none, 10, 12)).toBeLessThan(mean(none, 2, 4) - 0.5);
    expect(mean(additive, 10, 12)).toBeGreaterThan(0.8);
    expect(mean(additive, 10, 12)).toBeGreaterThan(mean(none, 10, 12) + 0.5);
    expect(mean(dot, 10, 12)).toBeLessThan(mean(additive, 10, 12) - 0.3);
  });
});

describe("Chapter 8's claims about the tiny GPT, on the recorded run", () => {
  const rec = claims.tinyGpt;
  const prose = readFileSync(
    new URL('../../content/chapters/08-transformer.mdx', import.meta.url),
    'utf8',
  ).replace(/\s+/g, ' ');

  it('the first steps, at the recorded seed and the figure’s settings, evaluated where the live figure evaluates', () => {
    const again = recordTinyGpt(FIRST);
    expect(again.seed).toBe(rec.seed);
    expect(again.loss).toEqual(rec.loss.slice(0, FIRST));
    expect(again.baseline).toEqual(rec.baseline);
    expect(rec.steps).toBe(GPT_STEPS);
    expect(rec.evalEvery).toBe(EVAL_EVERY);
    expect(rec.heldOut.map((e) => e.step)).toEqual(
      Array.from({ length: GPT_STEPS / EVAL_EVERY + 1 }, (_, i) => i * EVAL_EVERY),
    );
  });

  it('the steps where it passes the bigram and the trigram, and the gaps at the end, are the ones the prose gives', () => {
    const p = passed(
      rec.heldOut.map((e) => ({ step: e.step, heldOutLoss: e.loss, seconds: 0 })),
      rec.baseline,
    );
    const last = rec.heldOut.at(-1)!.loss;
    const m =
      /falls below the character bigram's at step (\d+), passes the trigram at step (\d+) and ends the run ([\d.]+) nats per character below it/.exec(
        prose,
      );
    expect(m, 'the sentence about the run').not.toBeNull();
    expect(Number(m![1])).toBe(p[1]?.step);
    expect(Number(m![2])).toBe(p[2]?.step);
    expect(m![3]).toBe((rec.baseline.loss[2] - last).toFixed(2));
    // the 4-gram and the 5-gram stay ahead; the prose gives the 5-gram's lead at the end
    expect(p[3]).toBeNull();
    expect(p[4]).toBeNull();
    const five = /still lower \(([\d.]+) nats per character when the run ends\)/.exec(prose);
    expect(five, 'the sentence about the 5-gram').not.toBeNull();
    expect(five![1]).toBe((last - rec.baseline.loss[4]).toFixed(2));
  });

  it('the run length and the text size the prose gives are the figure’s: 1,200 steps on about forty thousand characters', () => {
    const m = /trained for ([\d,]+) steps on forty thousand characters/.exec(prose);
    expect(m, 'the sentence about what the model is trained on').not.toBeNull();
    expect(Number(m![1].replace(/,/g, ''))).toBe(GPT_STEPS);
    // "forty thousand": the press text the figure trains on, cut at a sentence end below 40,000
    const n = [...brownChars()].length;
    expect(n).toBeGreaterThan(38_000);
    expect(n).toBeLessThanOrEqual(40_000);
  });

  it('the trained heads on the panel’s default text: most first-layer heads mostly look at the previous character, several times an even spread; no second-layer head is as sharp', () => {
    const first = rec.heads.filter((h) => h.layer === 1);
    const previous = first.filter(
      (h) => h.offsets[1] === Math.max(...h.offsets, h.first) && h.offsets[1] >= 3 * h.even,
    );
    expect(previous.length).toBeGreaterThan(first.length / 2);
    const sharpest = Math.max(
      ...rec.heads.filter((h) => h.layer === 2).flatMap((h) => [...h.offsets, h.first]),
    );
    expect(sharpest).toBeLessThan(Math.min(...previous.map((h) => h.offsets[1])));
  });

  it('a low temperature repeats itself; a high one invents more (words the training text never has)', () => {
    const words = (t: string) => t.split(/[^a-z']+/).filter((w) => w.length > 0);
    const known = new Set(words(brownChars()));
    const [low, high] = [0.3, 1.5].map((temperature) => {
      const w = words(rec.samples.find((x) => x.temperature === temperature)!.text);
      return {
        repeated: 1 - new Set(w).size / w.length,
        invented: w.filter((x) => !known.has(x)).length / w.length,
      };
    });
    expect(low.repeated).toBeGreaterThan(0.3);
    expect(low.repeated).toBeGreaterThan(high.repeated + 0.2);
    expect(high.invented).toBeGreaterThan(low.invented + 0.2);
  });
});
