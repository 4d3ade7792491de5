// Tests of the 'tiny-gpt' task: data-parallel shards sum to the full step, learning, held-out loss, sampling, clear errors.
import { describe, expect, it } from 'vitest';
import { Rng, Tape, type Tensor, TrainerClient } from '../engine/index.ts';
import { bookTasks } from './bookTasks.ts';
import { serveTrainer } from './serveTrainer.ts';
import { Trainer } from './trainer.ts';
import {
  createTinyGpt,
  gptAttention,
  sampleGpt,
  splitText,
  type TinyGptConfig,
  tinyGptModel,
  tinyGptTask,
} from './tinyGpt.ts';

const small: TinyGptConfig = {
  ...tinyGptTask.defaults,
  context: 8,
  layers: 1,
  d: 8,
  heads: 2,
  batch: 6,
  dropout: 0.1,
};

/** Loss value and the gradient of every parameter for one step (or one shard of it), on a fresh tape. */
function gradsOf(
  task: ReturnType<typeof createTinyGpt>,
  step: number,
  shard?: { index: number; count: number },
) {
  const params = Object.values(task.params);
  for (const p of params) p.zeroGrad();
  const tape = new Tape();
  const out = tape.run(() => task.loss(step, shard));
  tape.backward(out.loss);
  return { loss: out.loss.item(), grads: params.map((p) => Array.from(p.grad as Float64Array)) };
}

describe('tiny-gpt task', () => {
  it('k shards (k = 1, 2, 3) have losses and gradients summing to the full batch’s, dropout included', () => {
    const task = createTinyGpt(small, new Rng(7));
    const full = gradsOf(task, 3);
    for (const k of [1, 2, 3]) {
      let loss = 0;
      const sum = full.grads.map((g) => new Array<number>(g.length).fill(0));
      for (let index = 0; index < k; index++) {
        const part = gradsOf(task, 3, { index, count: k });
        loss += part.loss;
        part.grads.forEach((g, i) => {
          for (let j = 0; j < g.length; j++) sum[i][j] += g[j];
        });
      }
      expect(Math.abs(loss - full.loss)).toBeLessThan(1e-12);
      for (const [i, g] of full.grads.entries())
        for (let j = 0; j < g.length; j++) expect(Math.abs(sum[i][j] - g[j])).toBeLessThan(1e-12);
    }
    // and the step without a shard is unchanged by having computed shards in between
    expect(gradsOf(task, 3)).toEqual(full);
  });

  it('the training loss falls within 150 steps and the held-out loss falls with it', () => {
    const trainer = new Trainer({
      task: 'tiny-gpt',
      seed: 2,
      config: { context: 16, layers: 1, d: 16, heads: 2, batch: 8 },
    });
    const before = trainer.evaluate().heldOutLoss;
    const losses: number[] = [];
    for (let i = 0; i < 150; i++) {
      const r = trainer.step();
      if (r.status !== 'ok') throw new Error(r.message);
      losses.push(r.loss);
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    // starts near ln(vocab) (uniform guessing) and must end well below it
    const V = splitText(tinyGptTask.defaults).vocab.length;
    expect(mean(losses.slice(0, 5))).toBeGreaterThan(0.9 * Math.log(V));
    expect(mean(losses.slice(-10))).toBeLessThan(0.75 * mean(losses.slice(0, 5)));
    const after = trainer.evaluate().heldOutLoss;
    expect(Number.isFinite(after)).toBe(true);
    expect(after).toBeLessThan(before);
  });

  it('samples deterministically from the seed, only characters of the vocabulary; top-1 is greedy', () => {
    const task = tinyGptTask.create(small, new Rng(8));
    const { vocab } = splitText(small);
    const m = tinyGptModel(small, vocab.length, task.params as Record<string, Tensor>);
    const a = sampleGpt(m, vocab, { length: 20, seed: 4, prime: 'The ', temperature: 0.8, topK: 5 });
    expect(a).toHaveLength(20);
    expect([...a].every((ch) => vocab.includes(ch))).toBe(true);
    expect(sampleGpt(m, vocab, { length: 20, seed: 4, prime: 'The ', temperature: 0.8, topK: 5 })).toBe(a);
    const greedy = sampleGpt(m, vocab, { length: 12, seed: 1, prime: 'at', topK: 1 });
    expect(sampleGpt(m, vocab, { length: 12, seed: 99, prime: 'at', topK: 1 })).toBe(greedy);
    expect(sampleGpt(m, vocab, { length: 5, seed: 1, prime: '€€' })).toHaveLength(5);
    expect(() => sampleGpt(m, vocab, { length: 5, seed: 1, temperature: 0 })).toThrow(
      'sampleGpt: temperature must be above 0, got 0',
    );
  });

  it('trains on any script, and says how long a text must be', () => {
    const text = 'Καλημέρα κόσμε, 你好世界! '.repeat(20);
    const task = tinyGptTask.create({ ...small, text }, new Rng(1));
    const tape = new Tape();
    expect(Number.isFinite(tape.run(() => task.loss(1)).loss.item())).toBe(true);
    expect(() => tinyGptTask.create({ ...small, text: 'too short' }, new Rng(1))).toThrow(
      'tiny-gpt: the text has 9 characters; with a context of 8 and 10% held out it needs at least 100',
    );
    expect(() => tinyGptTask.create({ ...small, text: 'a' }, new Rng(1))).toThrow(
      'tiny-gpt: the text has 1 character; with a context of 8',
    );
  });

  it('is registered in the book’s registry', () => {
    expect(bookTasks.names()).toContain('tiny-gpt');
  });
});

describe('tiny-gpt inspect: what the page asks the worker instead of running the model', () => {
  it('samples from a snapshot exactly as sampleGpt does on the same weights, and from the weights now without one', () => {
    const t = new Trainer({ task: 'tiny-gpt', config: { ...small }, seed: 4 }, bookTasks);
    for (let i = 0; i < 3; i++) t.step();
    const { vocab } = splitText(small);
    const snapshot = t.snapshot();
    const options = { length: 12, seed: 5, prime: 'the ', temperature: 0.7, topK: 4 };
    const model = tinyGptModel(small, vocab.length, t.task.params);
    const direct = sampleGpt(model, vocab, options);
    expect(t.inspect({ kind: 'sample', params: snapshot, options })).toBe(direct);
    expect(t.inspect({ kind: 'sample', options })).toBe(direct);
    // heads: one causal T×T map per layer and head, rows summing to 1
    const maps = t.inspect({ kind: 'heads', params: snapshot, ids: [1, 2, 3, 4] }) as number[][][][];
    expect(maps).toEqual(gptAttention(model, [1, 2, 3, 4]));
    expect(maps).toHaveLength(small.layers);
    expect(maps[0]).toHaveLength(small.heads);
    for (const [i, row] of maps[0][1].entries()) {
      expect(Math.abs(row.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
      expect(row.slice(i + 1).every((w) => w === 0)).toBe(true);
    }
    expect(() => t.inspect({ kind: 'nonsense' })).toThrow(/unknown inspect request 'nonsense'/);
  });

  it('over the protocol a request the task cannot answer fails alone, with its message, and the run goes on', async () => {
    const { port1, port2 } = new MessageChannel();
    const stop = serveTrainer(port2);
    const client = new TrainerClient(port1);
    await client.init({ task: 'tiny-gpt', config: { ...small }, seed: 1 });
    await expect(client.inspect({ kind: 'nonsense' })).rejects.toThrow(/unknown inspect request/);
    client.step(2);
    const ev = await client.evaluate();
    expect(ev.step).toBe(2);
    expect(client.status).toBe('paused');
    // a task with no inspect() says so
    await client.init({ task: 'long-lag', seed: 1 });
    await expect(client.inspect({})).rejects.toThrow(/task 'long-lag' answers no inspect requests/);
    stop();
    port1.close();
  });
});
