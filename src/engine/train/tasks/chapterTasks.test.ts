// Tests of the tasks chapters 3 and 4 train: gradients checked against central differences, determinism, divergence and its cure by clipping, sampling.
import { describe, expect, it } from 'vitest';
import { expectGradsMatch } from '../../__tests__/helpers.ts';
import { Rng } from '../../rng.ts';
import { Trainer } from '../trainer.ts';
import { builtinTasks } from '../builtins.ts';
import { charRnnParams, charRnnTask, charVocab, sampleChars } from './charRnn.ts';
import { explodingTask } from './explodingRnn.ts';

describe('exploding task', () => {
  it('has gradients that match central differences', () => {
    const task = explodingTask.create({ steps: 4, hidden: 3, batch: 2, radius: 0.9 }, new Rng(3));
    expectGradsMatch(() => task.loss(1).loss, Object.values(task.params));
    expect(Object.keys(task.params)).toEqual(['Wxh', 'Whh', 'b', 'Wy', 'by']);
  });

  it('overflows within a few steps without clipping, and learns with clipping at norm 1', () => {
    const free = new Trainer({ task: 'exploding', seed: 1 });
    let r = free.step();
    for (let i = 0; i < 20 && r.status === 'ok'; i++) r = free.step();
    expect(r.status).toBe('diverged');
    expect(r.step).toBeLessThanOrEqual(5);

    const clipped = new Trainer({ task: 'exploding', seed: 1, clipNorm: 1 });
    let last = clipped.step();
    const first = last.status === 'ok' ? last.loss : 0;
    for (let i = 0; i < 300; i++) last = clipped.step();
    expect(last.status).toBe('ok');
    if (last.status === 'ok') expect(last.loss).toBeLessThan(first / 100);
  });

  it('is registered in the built-in registry', () => {
    expect(builtinTasks.names()).toEqual(expect.arrayContaining(['exploding', 'char-rnn']));
  });
});

describe('char-rnn task', () => {
  const config = { text: 'abcabcabd', hidden: 3, window: 4, batch: 2 };

  it('has gradients that match central differences', () => {
    const task = charRnnTask.create(config, new Rng(5));
    expectGradsMatch(() => task.loss(1).loss, Object.values(task.params));
  });

  it('lowers its loss on a repetitive text, the same way for the same seed', () => {
    const run = () => {
      const t = new Trainer({ task: 'char-rnn', seed: 2, config: { hidden: 16 } });
      const losses: number[] = [];
      for (let i = 0; i < 150; i++) {
        const r = t.step();
        if (r.status === 'ok') losses.push(r.loss);
      }
      return losses;
    };
    const a = run();
    expect(a).toEqual(run());
    expect(a[a.length - 1]).toBeLessThan(a[0] / 2);
  });

  it('samples only characters of the vocabulary, reproducibly for a seed', () => {
    const vocab = charVocab('hello world');
    expect(vocab).toEqual([' ', 'd', 'e', 'h', 'l', 'o', 'r', 'w']);
    const p = charRnnParams(new Rng(1), vocab.length, 8);
    const s = sampleChars(p, vocab, { length: 40, seed: 9, prime: 'he' });
    expect(s).toHaveLength(40);
    expect([...s].every((ch) => vocab.includes(ch))).toBe(true);
    expect(sampleChars(p, vocab, { length: 40, seed: 9, prime: 'he' })).toBe(s);
  });
});
