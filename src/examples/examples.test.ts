// Runs every example's main() so the examples on the appendix page cannot rot.
import { describe, expect, it } from 'vitest';
import { main as attention } from './attention.ts';
import { main as gradients } from './gradients.ts';
import { main as trainRecall } from './trainRecall.ts';
import { main as transformer } from './transformer.ts';
import { main as vanishing } from './vanishing.ts';
import { main as worker } from './worker.ts';

const quiet = () => {};

describe('examples', () => {
  it('gradients: the tape matches the derivatives worked by hand, and gradcheck agrees', () => {
    const t = Math.tanh(-0.5);
    const r = gradients(quiet);
    expect(r.dx).toBeCloseTo(-(1 - t * t) + 1, 12);
    expect(r.dw).toBeCloseTo((1 - t * t) * 0.5, 12);
    expect(r.maxError).toBeLessThan(1e-6);
  });

  it('vanishing: the gradient reaching h_1 shrinks as the spectral radius falls', () => {
    const r = vanishing(quiet);
    expect(r['0.5'][0]).toBeLessThan(r['1.0'][0]);
    expect(r['1.0'][0]).toBeLessThan(r['1.5'][0]);
    expect(r['0.5'][0]).toBeLessThan(1e-10);
  });

  it('trainRecall: both cells reach held-out accuracy above chance', () => {
    const r = trainRecall(quiet, 120);
    expect(r.lstm).toBeGreaterThan(0.5);
    expect(r.rnn).toBeGreaterThan(0.5);
  });

  it('attention: a short run produces a decoded sequence with attention rows summing to 1', () => {
    const r = attention(quiet, 40);
    expect(r.output.length).toBeGreaterThan(0);
    for (const row of r.weights) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(Number.isFinite(r.loss)).toBe(true);
  });

  it('transformer: a short run lowers the held-out loss; attention rows are causal distributions', () => {
    const r = transformer(quiet, 60);
    expect(r.params).toBeGreaterThan(20_000);
    expect(r.after).toBeLessThan(r.before);
    expect(r.sample).toHaveLength(60);
    for (const [i, row] of r.attention.entries()) {
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(row.slice(i + 1).every((w) => w === 0)).toBe(true);
    }
  });

  it('worker: the protocol run ends done at maxSteps with progress along the way', async () => {
    const r = await worker(quiet);
    expect(r).toMatchObject({ status: 'done', step: 400 });
    expect(r.updates).toBeGreaterThan(0);
  });
});

describe('example index', () => {
  it('lists every example file and loads each one', async () => {
    const { examples } = await import('./index.ts');
    expect(Object.keys(examples).sort()).toEqual([
      'attention',
      'gradients',
      'trainRecall',
      'transformer',
      'vanishing',
      'worker',
    ]);
    for (const entry of Object.values(examples)) expect(typeof (await entry.load()).main).toBe('function');
  });
});
