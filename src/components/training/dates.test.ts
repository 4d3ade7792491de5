// The Chapter 6–7 figures' shared model code: reading any text (cut at 50 characters, never NaN), evaluation bands, and a run through the worker protocol.
import { describe, expect, it } from 'vitest';
import { MAX_SOURCE, serveTrainer } from '../../tasks/index.ts';
import { DatesRun, toBands } from './datesRun.ts';
import { pageModel, readDate } from '../models/translate.ts';

describe('reading a date with the page model', () => {
  it('gives the context vector the same size for a 5- and a 50-character input', () => {
    const m = pageModel('none', 16, 1);
    const a = readDate(m, '5/3/7');
    const b = readDate(m, 'x'.repeat(50));
    expect(a.context).toHaveLength(16);
    expect(b.context).toHaveLength(16);
    expect(a.chars).toHaveLength(5);
    expect(b.chars).toHaveLength(50);
  });

  it('cuts input beyond the supported length and says how much was cut', () => {
    const r = readDate(pageModel('additive', 8, 1), 'y'.repeat(MAX_SOURCE + 7));
    expect(r.chars).toHaveLength(MAX_SOURCE);
    expect(r.truncated).toBe(7);
    for (const row of r.weights) expect(row).toHaveLength(MAX_SOURCE);
  });

  it('gives an unparseable input a prediction and a finite heatmap (an empty one gets none: models/translate.test.ts)', () => {
    for (const text of ['¿qué?', '🙂🙂 2 ☃']) {
      const r = readDate(pageModel('dot', 8, 2), text);
      expect(r.outputs.length).toBeGreaterThan(0);
      expect(r.weights.length).toBe(r.outputs.length);
      for (const row of r.weights) {
        expect(row.every(Number.isFinite)).toBe(true);
        expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 10);
      }
    }
  });

  it('reads missing metrics as 0, never NaN', () => {
    const b = toBands({ 'exact6-9': 0.5 });
    expect(b[0]).toEqual({ lo: 6, hi: 9, exact: 0.5, char: 0 });
    expect(b.every((x) => Number.isFinite(x.exact) && Number.isFinite(x.char))).toBe(true);
  });
});

describe('a dates run in the worker protocol', () => {
  it('evaluates before training and again when it finishes, with weights the page can load', async () => {
    const { port1, port2 } = new MessageChannel();
    const stop = serveTrainer(port2);
    const run = new DatesRun(port1, {
      attention: 'additive',
      hidden: 8,
      seed: 1,
      maxSteps: 3,
      evalPerBand: 2,
      evalEveryMs: 50,
    });
    await new Promise<void>((resolve) => {
      run.onChange(() => {
        if (run.status?.status === 'done' && run.latest?.step === 3) resolve();
      });
    });
    expect(run.evaluations[0].step).toBe(0);
    expect(run.latest?.bands).toHaveLength(6);
    const m = pageModel('additive', 8, 1, run.latest?.params);
    expect(readDate(m, '3 May 1979').weights.length).toBeGreaterThan(0);
    run.dispose();
    stop();
    port1.close();
    port2.close();
  }, 20_000);
});
