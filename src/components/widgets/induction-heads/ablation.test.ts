// The figure's run, taken apart head by head: zeroing one head's output (its columns of Wo) and measuring the
// second copy's loss says which head does the copying. Chapter 8 claims the copy is positional (one
// first-layer head, no previous-token head for it to compose with); these tests fail if that changes, in
// either direction: if the copy stops resting on one first-layer head, or if an induction circuit appears.
import { describe, expect, it } from 'vitest';
import { paramsFromSnapshot, Rng, Tape, transformerFrom } from '../../../engine/index.ts';
import { copyLosses, inductionModelConfig, repeatedSequences, Trainer } from '../../../tasks/index.ts';
import { CONFIG, inductionSettings, MAX_STEPS, readHeads } from './model.ts';
import { MOSTLY } from './scores.ts';

/** Second-copy loss on fresh sequences with head `head` of layer `layer` (0-based) silenced; -1 silences none. */
function secondCopyWithout(snapshot: ReturnType<Trainer['snapshot']>, layer: number, head: number): number {
  const params = paramsFromSnapshot(snapshot);
  if (layer >= 0) {
    const Wo = params[`l${layer}.attn.Wo`]; // [d, d]: head h writes through columns h·dh … (h+1)·dh − 1
    const dh = CONFIG.d / CONFIG.heads;
    for (let r = 0; r < CONFIG.d; r++)
      for (let c = head * dh; c < (head + 1) * dh; c++) Wo.data[r * CONFIG.d + c] = 0;
  }
  const model = transformerFrom(inductionModelConfig(CONFIG), params);
  const n = 64;
  const held = repeatedSequences(new Rng(2024), n, CONFIG.half, CONFIG.vocab);
  return copyLosses(model, held.tokens, n, CONFIG.half, new Tape()).secondCopyLoss;
}

describe("the induction figure's run, head by head", () => {
  it('copies with one first-layer head: silencing it sends the second copy back to guessing, silencing a second-layer head does not, and no first-layer head looks at the previous token', () => {
    const { maxSteps: _m, reportEveryMs: _r, ...settings } = inductionSettings(1);
    const trainer = new Trainer(settings);
    for (let s = 0; s < MAX_STEPS; s++) trainer.step();
    const snap = trainer.snapshot();
    const lnV = Math.log(CONFIG.vocab);
    const intact = secondCopyWithout(snap, -1, 0);
    expect(intact).toBeLessThan(0.1);
    const heads = readHeads({ step: trainer.stepCount, metrics: trainer.evaluate() });
    const copier = heads.induction;
    expect(copier.layer).toBe(1);
    expect(secondCopyWithout(snap, 0, copier.head - 1)).toBeGreaterThan(0.5 * lnV);
    for (let h = 0; h < CONFIG.heads; h++) expect(secondCopyWithout(snap, 1, h)).toBeLessThan(0.5);
    for (const s of heads.scores.filter((x) => x.layer === 1)) expect(s.previous).toBeLessThan(MOSTLY);
  }, 300_000);
});
