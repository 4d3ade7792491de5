// The recorded runs the static first frames show are real engine output: the first steps of each are trained
// again here, with the figures' current settings, and must match the committed recording.
import { describe, expect, it } from 'vitest';
import recorded from './recorded.json';
import { recordCell, recordReversalCell } from './recordRaceFinished.ts';
import { evenScores } from '../widgets/induction-heads/scores.ts';
import { CONFIG as INDUCTION, PROBE } from '../widgets/induction-heads/model.ts';
import { mechanismText } from '../widgets/induction-heads/readout.ts';
import { recordInduction } from './recordInduction.ts';
import { recordAttention, recordExploding, recordRace } from './recordRuns.ts';
import { recordBottleneck, recordCharRnn, recordLengthCurves } from './recordSeq2seq.ts';

const FIRST = 5;

describe('recorded runs match the engine', () => {
  it("Chapter 4's exploding run: the first steps with and without clipping, and where the free run stopped", () => {
    const again = recordExploding(FIRST);
    expect(again.clipped.loss).toEqual(recorded.exploding.clipped.loss.slice(0, FIRST));
    expect(again.free.loss).toEqual(recorded.exploding.free.loss.slice(0, FIRST));
    expect(again.free.stopped).toEqual(recorded.exploding.free.stopped);
    expect([again.seed, again.lr, again.maxNorm]).toEqual([
      recorded.exploding.seed,
      recorded.exploding.lr,
      recorded.exploding.maxNorm,
    ]);
  });

  it("Chapter 5's race: the first steps of each cell, at the recorded seed and lag", () => {
    const again = recordRace(FIRST);
    expect([again.seed, again.lag]).toEqual([recorded.race.seed, recorded.race.lag]);
    for (const cell of ['rnn', 'lstm', 'gru'] as const)
      expect(again.runs[cell].loss).toEqual(recorded.race.runs[cell].loss.slice(0, FIRST));
  });

  it("Chapter 8's finished race: the first steps of each model at each lag, at the recorded seed", () => {
    for (const c of recorded.raceFinished.cells) {
      const again = recordCell(c.racer as Parameters<typeof recordCell>[0], c.lag, FIRST);
      expect(again.first, `${c.racer} at lag ${c.lag}`).toEqual(c.first);
    }
  }, 60_000);

  it("Chapter 8's reversal race: the first steps of each model at each length, at the recorded seed", () => {
    for (const c of recorded.raceReversal.cells) {
      const again = recordReversalCell(c.racer as Parameters<typeof recordReversalCell>[0], c.length, FIRST);
      expect(again.first, `${c.racer} at length ${c.length}`).toEqual(c.first);
    }
  }, 60_000);

  it("Chapter 7's attention run: the first steps, at the recorded seed and kind", () => {
    const again = recordAttention(FIRST);
    expect([again.seed, again.kind, again.text]).toEqual([
      recorded.attention.seed,
      recorded.attention.kind,
      recorded.attention.text,
    ]);
    expect(again.loss).toEqual(recorded.attention.loss.slice(0, FIRST));
  });

  it("Chapter 3's char-RNN: the first steps and the untrained network's text, at the recorded seed and rate", () => {
    const again = recordCharRnn(FIRST);
    expect([again.seed, again.lr, again.hidden]).toEqual([
      recorded.charRnn.seed,
      recorded.charRnn.lr,
      recorded.charRnn.hidden,
    ]);
    expect(again.loss).toEqual(recorded.charRnn.loss.slice(0, FIRST));
    expect(again.samples[0]).toEqual(recorded.charRnn.samples[0]);
  });

  it("Chapter 6's bottleneck: the first steps, at the recorded seed, task and context size", () => {
    const again = recordBottleneck(FIRST);
    expect([again.seed, again.task, again.context, again.text]).toEqual([
      recorded.bottleneck.seed,
      recorded.bottleneck.task,
      recorded.bottleneck.context,
      recorded.bottleneck.text,
    ]);
    expect(again.loss).toEqual(recorded.bottleneck.loss.slice(0, FIRST));
  });

  it("Chapter 7's length curves: the first steps of each model, at the recorded seed and task", () => {
    const again = recordLengthCurves(FIRST);
    expect([again.seed, again.task]).toEqual([recorded.lengthCurves.seed, recorded.lengthCurves.task]);
    expect(again.models.map((m) => m.attention)).toEqual(
      recorded.lengthCurves.models.map((m) => m.attention),
    );
    for (const [i, m] of again.models.entries())
      expect(m.loss).toEqual(recorded.lengthCurves.models[i].loss.slice(0, FIRST));
  });

  it('the recorded seq2seq runs trained to the end: every share is a fraction, and the bottleneck writes an ISO date', () => {
    expect(recorded.charRnn.stopped).toBeNull();
    expect(recorded.bottleneck.stopped).toBeNull();
    const shares = [recorded.bottleneck.bands, ...recorded.lengthCurves.models.map((m) => m.bands)].flat();
    expect(shares.length).toBeGreaterThan(0);
    for (const b of shares) expect(b.exact >= 0 && b.exact <= 1 && b.char >= b.exact).toBe(true);
    expect(recorded.bottleneck.prediction).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the recorded runs show what Chapters 6 and 7 say: the plain model gets most dates right at every length, long no worse than short; with attention, dot-product nearly all, additive at least four in five and nearly all from 20 characters, both ahead of the plain model, which gets about two in three', () => {
    const bn = recorded.bottleneck.bands.map((b) => b.exact);
    for (const e of bn) expect(e).toBeGreaterThan(0.5);
    expect(bn[bn.length - 1]).toBeGreaterThanOrEqual(bn[0]);
    const { models } = recorded.lengthCurves;
    const [plain, dot, additive] = models.map((m) => m.bands.map((b) => b.exact));
    for (const [i, e] of plain.entries()) {
      expect(dot[i]).toBeGreaterThan(0.9);
      expect(additive[i]).toBeGreaterThanOrEqual(0.8);
      if (models[2].bands[i].lo >= 20) expect(additive[i]).toBeGreaterThan(0.9);
      expect(e).toBeGreaterThan(0.55);
      expect(e).toBeLessThan(0.75);
      expect(e).toBeLessThan(Math.min(dot[i], additive[i]) - 0.05);
    }
  });

  it('every recorded number is finite and every alignment row sums to 1', () => {
    for (const row of recorded.attention.weights) {
      expect(row.every(Number.isFinite)).toBe(true);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 2);
    }
    for (const cell of ['rnn', 'lstm', 'gru'] as const)
      expect(recorded.race.runs[cell].loss.every(Number.isFinite)).toBe(true);
  });

  it('the recorded alignment is what the static frame says: year digits on "1979", month on "May", day on "3rd"', () => {
    const { chars, weights, text, prediction } = recorded.attention;
    expect(prediction).toBe('1979-05-03');
    const lower = text.toLowerCase();
    const span = (word: string, extra = 0) => {
      const at = lower.indexOf(word);
      return [at, at + word.length - 1 + extra];
    };
    const look = (row: number) => weights[row].indexOf(Math.max(...weights[row]));
    const inside = (row: number, [a, b]: number[]) => look(row) >= a && look(row) <= b;
    expect(chars.join('')).toBe(lower);
    for (const row of [0, 1, 2, 3]) expect(inside(row, span('1979'))).toBe(true);
    for (const row of [5, 6]) expect(inside(row, span('may'))).toBe(true);
    // the day's second digit looks at the space after "3rd", where the day ends
    for (const row of [8, 9]) expect(inside(row, span('3rd', 1))).toBe(true);
  });

  it("Chapter 8's induction run: the first evaluations, at the recorded seed", () => {
    const again = recordInduction(2 * recorded.induction.evalEvery, recorded.induction.seed);
    expect(again.evaluations).toEqual(recorded.induction.evaluations.slice(0, 3));
  });

  it('the recorded induction run shows what Chapter 8 says: the copy forms suddenly, the first copy stays at guessing, and a previous-token head in layer 1 pairs with an induction head in layer 2', () => {
    const r = recorded.induction;
    expect(r.stopped).toBeNull();
    expect(r.formedAt).not.toBeNull();
    const last = r.evaluations[r.evaluations.length - 1];
    const lnV = Math.log(INDUCTION.vocab);
    expect(Math.abs(last.first - lnV)).toBeLessThan(0.1);
    // "to a fraction of a nat"
    expect(last.second).toBeLessThan(0.5);
    // "creeps down for about a thousand steps, then falls within a couple of hundred"
    const at = (step: number) => r.evaluations.find((e) => e.step === step);
    const formed = r.formedAt ?? 0;
    expect(formed).toBeGreaterThanOrEqual(1000);
    expect(at(formed - 500)?.second).toBeGreaterThan(0.6 * lnV);
    expect(at(formed + 100)?.second).toBeLessThan(0.3 * lnV);
    // "layer 1, head 1 … the previous token"; "both heads of layer 2 … the token after its first occurrence";
    // "the other first-layer head does neither"
    const head = (layer: number, h: number) => r.scores.find((s) => s.layer === layer && s.head === h);
    expect(head(1, 1)?.previous).toBeGreaterThan(0.5);
    expect(head(1, 2)?.previous).toBeLessThan(0.2);
    expect(head(1, 2)?.induction).toBeLessThan(0.2);
    expect(head(2, 1)?.induction).toBeGreaterThan(0.5);
    expect(head(2, 2)?.induction).toBeGreaterThan(0.5);
    expect(r.previous).toMatchObject({ layer: 1, head: 1 });
    expect(r.induction.layer).toBe(2);
    const even = evenScores(PROBE.tokens.length, PROBE.half);
    expect(mechanismText(r, even, INDUCTION.half)).toMatch(/That pair is an induction circuit/);
  });
});
