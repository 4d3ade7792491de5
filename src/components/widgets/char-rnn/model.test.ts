// The live char-RNN, driven through the worker protocol over a MessageChannel: it learns, samples improve, and a seed fixes the run.
import { describe, expect, it } from 'vitest';
import { TrainerClient } from '../../../engine/index.ts';
import { inProcessTrainers } from '../../../tasks/inProcessTrainers.ts';

import { defaults } from '../../figure/stateSchema.ts';
import { charRnnSettings, SampledRun, MAX_STEPS, SAMPLE_LENGTH, UNIFORM_LOSS, VOCAB } from './model.ts';
import { charRnnSchema } from './state.ts';

const trainers = inProcessTrainers();
const port = () => trainers.port();

function finish(m: SampledRun): Promise<void> {
  return new Promise((resolve) => {
    m.onChange(() => {
      const s = m.status?.status;
      const last = m.samples[m.samples.length - 1]?.step;
      if ((s === 'done' && last === MAX_STEPS) || s === 'diverged' || s === 'error') resolve();
    });
  });
}

describe('char-RNN figure model', () => {
  it('learns the text: the loss falls far below uniform guessing, and the samples start untrained', async () => {
    const m = new SampledRun(port(), defaults(charRnnSchema));
    await finish(m);
    expect(m.status?.status).toBe('done');
    const pts = m.points;
    expect(pts[pts.length - 1].step).toBe(MAX_STEPS);
    expect(pts[pts.length - 1].loss).toBeLessThan(UNIFORM_LOSS / 3);
    expect(m.samples[0].step).toBe(0);
    expect(m.samples.length).toBeGreaterThan(3);
    for (const s of m.samples) {
      expect([...s.text]).toHaveLength(SAMPLE_LENGTH);
      expect([...s.text].every((ch) => VOCAB.includes(ch))).toBe(true);
    }
    // the trained network writes words of the text; the untrained one does not
    const last = m.samples[m.samples.length - 1].text;
    expect(last).toMatch(/the (cat|dog|mat|log)|sat on/);
    m.dispose();
    trainers.closeAll();
  }, 60_000);

  it('is deterministic per seed: the same settings end at the same loss and write the same text', async () => {
    const s = { ...defaults(charRnnSchema), hidden: 8 };
    const a = new SampledRun(port(), s);
    const b = new SampledRun(port(), s);
    await Promise.all([finish(a), finish(b)]);
    const la = a.points[a.points.length - 1];
    const lb = b.points[b.points.length - 1];
    expect(la.step).toBe(lb.step);
    expect(la.loss).toBe(lb.loss);
    expect(a.samples[a.samples.length - 1]).toEqual(b.samples[b.samples.length - 1]);
    a.dispose();
    b.dispose();
    trainers.closeAll();
  }, 60_000);

  it('at the largest learning rate the loss falls, then climbs back above its lowest point', async () => {
    // Every step's loss, not the figure's time-sampled points: which batches a 100 ms report happens to
    // catch depends on the machine's speed, and the lowest caught one moved this check across its line.
    // Means over 100 steps read the run's course rather than one batch's luck.
    const client = new TrainerClient(port());
    const losses: number[] = [];
    client.onProgress((p) => losses.push(p.loss));
    const ended = new Promise<string>((resolve) =>
      client.onStatus((s) => {
        if (s.status === 'done' || s.status === 'diverged' || s.status === 'error') resolve(s.status);
      }),
    );
    await client.init({
      ...charRnnSettings({ ...defaults(charRnnSchema), lr: 0.05 }),
      reportEveryMs: 0,
    });
    client.start();
    expect(await ended).toBe('done');
    expect(losses).toHaveLength(MAX_STEPS);
    const W = 100;
    const means = Array.from(
      { length: losses.length - W + 1 },
      (_, i) => losses.slice(i, i + W).reduce((a, b) => a + b, 0) / W,
    );
    const lowest = Math.min(...means);
    // it falls to its lowest well before the end, then climbs back: the last 100 steps sit clearly above it
    expect(means.indexOf(lowest)).toBeLessThan(0.6 * means.length);
    expect(means[means.length - 1]).toBeGreaterThan(1.1 * lowest);
    client.dispose();
    trainers.closeAll();
  }, 120_000);

  it('passes the learning rate, hidden size and seed to the engine task', () => {
    const r = charRnnSettings({ lr: 0.02, hidden: 16, seed: 3, workers: 2 });
    expect(r).toMatchObject({
      task: 'char-rnn',
      seed: 3,
      config: { hidden: 16 },
      optimizer: { type: 'adam', lr: 0.02 },
    });
  });

  it('asks for data-parallel workers only when the page grants more than one core', () => {
    const s = { ...defaults(charRnnSchema), workers: 4 };
    expect(charRnnSettings(s)).not.toHaveProperty('workers');
    expect(charRnnSettings(s, 1)).not.toHaveProperty('workers');
    expect(charRnnSettings(s, 3).workers).toBe(3);
  });
});
