// Tests of the tasks chapters 3, 4 and 6 train: gradients checked against central differences, determinism, divergence and its cure by clipping, sampling.
import { describe, expect, it } from 'vitest';
import { Rng } from '../engine/index.ts';
import { expectGradsMatch } from './__tests__/expectGradsMatch.ts';
import { bookTasks } from './bookTasks.ts';
import { Trainer } from './trainer.ts';
import { charRnnParams, charRnnTask, charVocab, sampleChars } from './charRnn.ts';
import { explodingTask } from './explodingRnn.ts';
import { heldOutSequences, isHeldOutSequence, reversePair, reverseTask } from './reverse.ts';

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
    expect(bookTasks.names()).toEqual(expect.arrayContaining(['exploding', 'char-rnn']));
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

describe('reverse task', () => {
  const small = {
    ...reverseTask.defaults,
    length: 3,
    digits: 3,
    hidden: 3,
    embed: 2,
    batch: 2,
    evalPerLength: 4,
  };

  for (const [attention, feedContext] of [
    ['none', false],
    ['none', true],
    ['additive', true],
  ] as const) {
    it(`has gradients that match central differences (attention '${attention}', feedContext ${feedContext})`, () => {
      const task = reverseTask.create({ ...small, attention, feedContext }, new Rng(5));
      expectGradsMatch(() => task.loss(1).loss, Object.values(task.params));
    });
  }

  it('holds out about one sequence in five, never drawn for training, the same for every seed', () => {
    const rng = new Rng(4);
    let held = 0;
    for (let i = 0; i < 5000; i++) {
      const seq = Array.from({ length: 6 }, () => 3 + rng.int(8));
      if (isHeldOutSequence(seq)) held++;
    }
    expect(held / 5000).toBeGreaterThan(0.17);
    expect(held / 5000).toBeLessThan(0.23);
    const sets = heldOutSequences(new Rng(1), 12, 8, 30);
    const heldKeys = new Set(sets.flat().map((s) => s.join(',')));
    const draw = new Rng(2);
    for (let i = 0; i < 3000; i++) {
      const { src, tgt } = reversePair(draw, 12, 8);
      const seq = src.filter((t) => t !== 0);
      expect(heldKeys.has(seq.join(','))).toBe(false);
      expect(tgt).toEqual([...seq].reverse().concat(2));
    }
  });

  it('fills each length with distinct held-out sequences of that length, all of them where fewer exist', () => {
    const sets = heldOutSequences(new Rng(3), 12, 8, 30);
    sets.forEach((set, i) => {
      expect(new Set(set.map((s) => s.join(','))).size).toBe(set.length);
      for (const seq of set) {
        expect(seq).toHaveLength(i + 1);
        expect(isHeldOutSequence(seq)).toBe(true);
      }
    });
    expect(sets[1].length).toBeLessThan(30); // 64 two-digit sequences, about a fifth held out
    expect(sets[1].length).toBeGreaterThan(5);
    for (let i = 3; i < 12; i++) expect(sets[i]).toHaveLength(30);
  });

  it('evaluate() gives exact match and digits right per length, and their means', () => {
    const t = new Trainer({ task: 'reverse', seed: 3, config: { length: 5, digits: 4, evalPerLength: 3 } });
    const ev = t.evaluate() as Record<string, number>;
    const lengths = Object.keys(ev)
      .filter((k) => /^exact\d+$/.test(k))
      .map((k) => Number(k.slice(5)));
    expect(lengths).toEqual(expect.arrayContaining([2, 3, 4, 5]));
    for (const n of lengths) expect(ev[`char${n}`]).toBeGreaterThanOrEqual(ev[`exact${n}`]);
    expect(Number.isFinite(ev.exact) && Number.isFinite(ev.char)).toBe(true);
  });
});
