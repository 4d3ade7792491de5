// Specification of the transformer block and model: gradients of a whole block and a whole tiny model, causality, dropout, parameter counts.
import { describe, expect, it } from 'vitest';
import { expectArrayClose, expectGradsMatch, probe, randParam, Rng } from '../__tests__/helpers.ts';
import { crossEntropy } from '../ops/crossEntropy.ts';
import { Tape } from '../tape.ts';
import type { Tensor } from '../tensor.ts';
import { type BlockParams, blockParams, transformerBlock } from './block.ts';
import { shardRange } from './shard.ts';
import {
  attentionMap,
  paramsFromSnapshot,
  transformer,
  transformerFrom,
  transformerParamCount,
} from './transformer.ts';

/** Block parameters with every entry random (GPT-2's init has zero biases and unit gains, which would hide index bugs). */
function randomBlock(rng: Rng, d: number, m: number): BlockParams {
  const p = blockParams(rng, d, m, 1);
  const all: Tensor[] = [p.ln1.gamma, p.ln1.beta, p.ln2.gamma, p.ln2.beta, ...Object.values(p.attn)];
  if (p.mlp) all.push(...Object.values(p.mlp));
  for (const t of all) t.data.set(randParam(rng, t.rows, t.cols, 0.7).data);
  return p;
}

function leaves(p: BlockParams): Tensor[] {
  return [
    p.ln1.gamma,
    p.ln1.beta,
    p.ln2.gamma,
    p.ln2.beta,
    ...Object.values(p.attn),
    ...Object.values(p.mlp ?? {}),
  ];
}

describe('transformerBlock', () => {
  it('gradients of a whole pre-LN block match central differences', () => {
    const rng = new Rng(401);
    const p = randomBlock(rng, 4, 8);
    const x = randParam(rng, 6, 4);
    const loss = probe(rng, 6, 4);
    expectGradsMatch(
      () => loss(transformerBlock(x, p, { batch: 2, heads: 2, causal: true }).output),
      [x, ...leaves(p)],
    );
  });

  it('gradients match with dropout on the residual branches (masks fixed by the seed)', () => {
    const rng = new Rng(402);
    const p = randomBlock(rng, 4, 8);
    const x = randParam(rng, 3, 4);
    const loss = probe(rng, 3, 4);
    expectGradsMatch(
      () =>
        loss(
          transformerBlock(x, p, {
            batch: 1,
            heads: 2,
            causal: true,
            dropout: { rate: 0.3, rng: new Rng(5) },
          }).output,
        ),
      [x, ...leaves(p)],
    );
  });

  it('an attention-only block (mlp width 0) is x + MHA(LN(x))', () => {
    const rng = new Rng(403);
    const p = randomBlock(rng, 4, 0);
    expect(p.mlp).toBeNull();
    const x = randParam(rng, 3, 4);
    expectGradsMatch(
      () => probe(new Rng(1), 3, 4)(transformerBlock(x, p, { batch: 1, heads: 1 }).output),
      [x, ...leaves(p)],
    );
  });
});

const tiny = { vocab: 5, context: 4, layers: 2, d: 4, heads: 2, mlp: 8, positions: 'learned' } as const;

describe('transformer', () => {
  it('counts its parameters from the shapes, and the count matches the tensors it makes', () => {
    for (const c of [
      tiny,
      { ...tiny, positions: 'sinusoidal' as const },
      { ...tiny, mlp: 0 },
      { vocab: 65, context: 32, layers: 2, d: 48, heads: 4, positions: 'learned' as const },
    ]) {
      const m = transformer(new Rng(1), c);
      const n = Object.values(m.params).reduce((s, t) => s + t.size, 0);
      expect(n).toBe(transformerParamCount(c));
    }
    // the chapter's model: 2·(4·48² + 4·48 + 4·48 + 2·48·192 + 192 + 48) + 65·48·2 + 32·48 + 2·48 + 65
    expect(
      transformerParamCount({ vocab: 65, context: 32, layers: 2, d: 48, heads: 4, positions: 'learned' }),
    ).toBe(2 * (4 * 48 * 48 + 8 * 48 + 2 * 48 * 192 + 240) + 65 * 96 + 32 * 48 + 96 + 65);
  });

  it('gradients of the whole tiny model (cross-entropy of its logits) match central differences', () => {
    const rng = new Rng(404);
    const m = transformer(rng, tiny);
    // move every parameter off GPT-2's init so gains, biases and positions all matter
    for (const t of Object.values(m.params))
      for (let i = 0; i < t.size; i++) t.data[i] += rng.uniform(-0.5, 0.5);
    const tokens = [0, 3, 1, 4, 2, 2, 0, 1];
    const targets = [3, 1, 4, 2, 2, 0, 1, 3];
    expectGradsMatch(() => crossEntropy(m.forward(tokens, 2).logits, targets), Object.values(m.params));
  });

  it('is causal: changing a later token changes no earlier logits', () => {
    const m = transformer(new Rng(405), { ...tiny, positions: 'sinusoidal' });
    const a = m.forward([1, 2, 3, 4], 1).logits.toRows();
    const b = m.forward([1, 2, 0, 0], 1).logits.toRows();
    expectArrayClose(b[0], a[0], 0);
    expectArrayClose(b[1], a[1], 0);
    expect(b[2]).not.toEqual(a[2]);
  });

  it('returns per-layer attention whose maps are causal distributions', () => {
    const m = transformer(new Rng(406), tiny);
    const { attention } = m.forward([1, 2, 3, 4, 0, 0, 1, 1], 2);
    expect(attention).toHaveLength(2);
    const map = attentionMap(attention[1], 1, 1, 2);
    expect(map).toHaveLength(4);
    for (const [i, row] of map.entries()) {
      expect(row.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
      for (let j = i + 1; j < 4; j++) expect(row[j]).toBe(0);
    }
  });

  it('dropout: the same rng seed gives the same logits; not training gives the plain forward', () => {
    const m = transformer(new Rng(407), { ...tiny, dropout: 0.2 });
    const tokens = [1, 2, 3, 4];
    const run = (seed: number) =>
      m.forward(tokens, 1, { training: true, rng: new Rng(seed) }).logits.toRows();
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
    const plain = transformer(new Rng(407), tiny).forward(tokens, 1).logits.toRows();
    expect(m.forward(tokens, 1, { training: false }).logits.toRows()).toEqual(plain);
    expect(() => m.forward(tokens, 1, { training: true })).toThrow('needs options.rng');
  });

  it('a model rebuilt from a snapshot of its parameters computes the same logits', () => {
    const m = transformer(new Rng(408), tiny);
    const snap = Object.fromEntries(
      Object.entries(m.params).map(([k, t]) => [k, { rows: t.rows, cols: t.cols, data: t.data.slice() }]),
    );
    const copy = transformerFrom(tiny, paramsFromSnapshot(snap));
    const tape = new Tape();
    const a = tape.noGrad(() => m.forward([1, 2, 3], 1).logits.toRows());
    expect(copy.forward([1, 2, 3], 1).logits.toRows()).toEqual(a);
    expect(() => transformerFrom({ ...tiny, layers: 3 }, m.params)).toThrow(
      "parameter 'l2.ln1.gamma' is missing",
    );
  });

  it("draws the token embedding at embeddingStd (GPT-2's 0.02 by default) and the other weights as before", () => {
    const big = { vocab: 64, context: 4, layers: 1, d: 32, heads: 2, positions: 'sinusoidal' as const };
    const std = (t: { data: Float64Array }) =>
      Math.sqrt(t.data.reduce((s, v) => s + v * v, 0) / t.data.length);
    const plain = transformer(new Rng(3), big);
    const wide = transformer(new Rng(3), { ...big, embeddingStd: 0.3 });
    expect(std(plain.params.tokenEmbedding)).toBeCloseTo(0.02, 2);
    // the same draws, scaled: the seed's stream is not shifted, so every other tensor is identical
    for (let i = 0; i < 10; i++)
      expect(wide.params.tokenEmbedding.data[i]).toBeCloseTo(plain.params.tokenEmbedding.data[i] * 15, 12);
    expect(wide.params['l0.attn.Wq'].data).toEqual(plain.params['l0.attn.Wq'].data);
    expect(() => transformer(new Rng(1), { ...tiny, embeddingStd: 0 })).toThrow(
      'embeddingStd must be a positive',
    );
    expect(() => transformer(new Rng(1), { ...tiny, embeddingStd: Number.NaN })).toThrow('embeddingStd');
  });

  it('names the problem with a bad configuration or input', () => {
    expect(() => transformer(new Rng(1), { ...tiny, heads: 3 })).toThrow('d = 4 does not split into 3 heads');
    const m = transformer(new Rng(1), tiny);
    expect(() => m.forward([1, 2, 3, 4, 0], 1)).toThrow('sequences of 5 tokens exceed the context of 4');
    expect(() => m.forward([1, 2, 3], 2)).toThrow('3 tokens do not split into 2 sequences');
  });
});

describe('shardRange', () => {
  it('splits a batch into contiguous, near-equal parts that cover it once', () => {
    expect([0, 1, 2].map((index) => shardRange(8, { index, count: 3 }))).toEqual([
      [0, 2],
      [2, 5],
      [5, 8],
    ]);
    expect(shardRange(8)).toEqual([0, 8]);
    expect(() => shardRange(2, { index: 0, count: 3 })).toThrow(
      'a batch of 2 rows cannot be split into 3 shards (1 to 2)',
    );
  });
});
