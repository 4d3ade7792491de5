// Chapter 3's computed answer, and the claims its exercise feedback makes, checked against the figures' network.
import { expect, test } from 'vitest';
import { bpttModel } from '../../widgets/bptt/model.ts';
import { D, forward, H } from '../../models/tinyRnn.ts';
import { resolveAnswer } from './index.ts';

test('exercise "recurrent-params": H² + HD + H numbers for the figures’ network (H = 6, D = 4)', async () => {
  expect(H).toBe(6);
  expect(D).toBe(4);
  expect(await resolveAnswer('rnns.recurrent-params', 'test')).toBe(66);
});

test('exercise "count-and-length": the same weights read a short and a long sentence', () => {
  const short = forward('the cat');
  const long = forward('the cat sat on the mat');
  // Step 1 of both reads "the" with the same weights, so h_1 is the same vector.
  expect(long.steps[0].h).toEqual(short.steps[0].h);
  expect(long.b).toEqual(short.b);
});

test('exercise "nested-h3": with h_0 = 0 the first step’s W_hh term is zero', () => {
  const f = forward('the cat sat');
  expect(f.steps[0].Whh_h.every((v) => v === 0)).toBe(true);
  expect(f.steps).toHaveLength(3);
});

test('exercise "sum-not-average": the sum of the per-step terms, not their mean, is the shared gradient', () => {
  const m = bpttModel({ sentence: 'dogs chase cats and cats chase mice', back: 7 });
  expect(m.maxDifference).toBeLessThan(1e-12);
  const mean = m.partial.map((v) => v / 7);
  expect(Math.max(...mean.map((v, k) => Math.abs(v - m.shared[k])))).toBeGreaterThan(1e-3);
});
