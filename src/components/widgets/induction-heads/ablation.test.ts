// The figure's run, taken apart head by head: zeroing heads' outputs (their columns of Wo) and measuring the
// second copy's loss says which heads do the copying. Chapter 8 claims an induction circuit (Olsson et al.
// 2022): a previous-token head in layer 1 that the copy needs although it never looks at the first copy
// itself, and induction heads in layer 2; these tests fail if the run stops showing that.
import { describe, expect, it } from 'vitest';
import { paramsFromSnapshot, Rng, Tape, transformerFrom } from '../../../engine/index.ts';
import { copyLosses, inductionModelConfig, repeatedSequences, Trainer } from '../../../tasks/index.ts';
import { CONFIG, inductionSettings, MAX_STEPS, readHeads } from './model.ts';
import { MOSTLY } from './scores.ts';

/** Second-copy loss on fresh sequences with the listed heads ([layer, head], 0-based) silenced. */
function secondCopyWithout(snapshot: ReturnType<Trainer['snapshot']>, silenced: [number, number][]): number {
  const params = paramsFromSnapshot(snapshot);
  const dh = CONFIG.d / CONFIG.heads;
  for (const [layer, head] of silenced) {
    const Wo = params[`l${layer}.attn.Wo`]; // [d, d]: head h writes through columns h·dh … (h+1)·dh − 1
    for (let r = 0; r < CONFIG.d; r++)
      for (let c = head * dh; c < (head + 1) * dh; c++) Wo.data[r * CONFIG.d + c] = 0;
  }
  const model = transformerFrom(inductionModelConfig(CONFIG), params);
  const n = 64;
  const held = repeatedSequences(new Rng(2024), n, CONFIG.half, CONFIG.vocab, CONFIG.minHalf);
  return copyLosses(model, held.tokens, n, CONFIG.half, new Tape(), held.halves).secondCopyLoss;
}

describe("the induction figure's run, head by head", () => {
  it('is an induction circuit: silencing the first-layer previous-token head or both second-layer heads sends the second copy back towards guessing; the other first-layer head does not matter', () => {
    const { maxSteps: _m, reportEveryMs: _r, ...settings } = inductionSettings(1);
    const trainer = new Trainer(settings);
    for (let s = 0; s < MAX_STEPS; s++) trainer.step();
    const snap = trainer.snapshot();
    const lnV = Math.log(CONFIG.vocab);
    const heads = readHeads({ step: trainer.stepCount, metrics: trainer.evaluate() });
    const prev = heads.previous;
    const other = 1 - (prev.head - 1);
    const loss = {
      intact: secondCopyWithout(snap, []),
      previous: secondCopyWithout(snap, [[0, prev.head - 1]]),
      otherFirst: secondCopyWithout(snap, [[0, other]]),
      second1: secondCopyWithout(snap, [[1, 0]]),
      second2: secondCopyWithout(snap, [[1, 1]]),
      bothSecond: secondCopyWithout(snap, [
        [1, 0],
        [1, 1],
      ]),
    };
    console.log('second-copy loss with heads silenced (ln V =', lnV.toFixed(3), '):', JSON.stringify(loss));
    expect(prev.layer).toBe(1);
    expect(prev.previous).toBeGreaterThanOrEqual(MOSTLY);
    expect(heads.induction.layer).toBe(2);
    expect(heads.induction.induction).toBeGreaterThanOrEqual(MOSTLY);
    expect(loss.intact).toBeLessThan(0.5);
    expect(loss.previous).toBeGreaterThan(0.75 * lnV);
    expect(loss.otherFirst).toBeLessThan(loss.intact + 0.2);
    expect(loss.bothSecond).toBeGreaterThan(0.75 * lnV);
    for (const one of [loss.second1, loss.second2]) {
      expect(one).toBeGreaterThan(loss.intact + 0.3);
      expect(one).toBeLessThan(loss.bothSecond);
    }
  }, 300_000);
});
