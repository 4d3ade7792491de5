import { describe, expect, it } from 'vitest';
import { param, Rng, rnnCell, tensor } from '../../engine/index.ts';
import { backward, D, forward, H, MAX_T, norm, weights, wordVector, words } from './tinyRnn.ts';

describe('tiny RNN of Chapter 3', () => {
  it('splits a sentence into at most MAX_T lower-case words', () => {
    expect(words('The cat, sat!')).toEqual(['the', 'cat', 'sat']);
    expect(words('a b c d e f g h i j k')).toHaveLength(MAX_T);
    expect(words('  ... ')).toEqual([]);
  });

  it('gives a word the same vector in every sentence', () => {
    expect(wordVector('the')).toEqual(wordVector('the'));
    expect(wordVector('the')).not.toEqual(wordVector('cat'));
    expect(wordVector('cat')).toHaveLength(D);
  });

  it('forward: z_t is W_hh·h_{t−1} + W_xh·x_t + b and h_t = tanh(z_t)', () => {
    const f = forward('The cat sat');
    expect(f.words).toEqual(['the', 'cat', 'sat']);
    for (const s of f.steps) {
      for (let j = 0; j < H; j++) {
        expect(s.z[j]).toBeCloseTo(s.Whh_h[j] + s.Wxh_x[j] + f.b[j], 12);
        expect(s.h[j]).toBeCloseTo(Math.tanh(s.z[j]), 12);
      }
    }
    expect(f.steps[0].Whh_h.every((v) => v === 0)).toBe(true);
  });

  it('forward: the trace agrees with the engine’s fused rnnCell', () => {
    const f = forward('the cat sat on the mat');
    const w = weights(7);
    const p = { Wxh: tensor(H, D, w.Wxh), Whh: tensor(H, H, w.Whh), b: tensor(1, H, w.b) };
    for (let t = 1; t < f.steps.length; t++) {
      const h = rnnCell(tensor(1, D, f.steps[t].x), tensor(1, H, f.steps[t - 1].h), p);
      for (let j = 0; j < H; j++) expect(h.data[j]).toBeCloseTo(f.steps[t].h[j], 12);
    }
  });

  it('backward: the per-step gradients of the copies of W_hh sum to the gradient of the shared W_hh', () => {
    for (const sentence of ['the cat sat', 'the cat sat on the mat', 'a b c d e f g h']) {
      const b = backward(sentence);
      expect(b.contributions).toHaveLength(b.words.length);
      expect(norm(b.shared)).toBeGreaterThan(1e-3);
      expect(b.maxDifference).toBeLessThan(1e-12);
    }
  });

  it('backward: step 1 contributes nothing to W_hh because h_0 = 0', () => {
    const b = backward('the cat sat');
    expect(norm(b.contributions[0])).toBe(0);
    expect(norm(b.contributions[1])).toBeGreaterThan(0);
  });

  it('backward: each step predicts the next word, END after the last, with a positive finite loss', () => {
    const b = backward('the cat sat');
    expect(b.targets).toEqual(['cat', 'sat', '⟨end⟩']);
    expect(b.losses.every((l) => l > 0 && Number.isFinite(l))).toBe(true);
    expect(b.gradH[2].every(Number.isFinite)).toBe(true);
  });

  it('an empty sentence gives empty traces, never a non-finite number', () => {
    expect(forward('').steps).toEqual([]);
    const b = backward('');
    expect(b.contributions).toEqual([]);
    expect(b.maxDifference).toBe(0);
  });

  it('rnnCell with a copy of a matrix behaves like the matrix (sanity for the copies method)', () => {
    const rng = new Rng(3);
    const W = Array.from({ length: H * H }, () => rng.normal());
    const p = { Wxh: param(H, D), Whh: param(H, H, W), b: param(1, H) };
    const q = { ...p, Whh: param(H, H, W) };
    const h = tensor(
      1,
      H,
      Array.from({ length: H }, () => rng.normal()),
    );
    const x = tensor(1, D);
    expect([...rnnCell(x, h, p).data]).toEqual([...rnnCell(x, h, q).data]);
  });
});
