// "The block" model: the step-by-step block is the engine's block, the shapes are the sizes chosen, layer norm does what it says, and the parts add up to the engine's parameter count.
import { describe, expect, it } from 'vitest';
import { transformerParamCount } from '../../../engine/index.ts';
import { defaults } from '../../figure/stateSchema.ts';
import { CONTEXT, transformerBlockModel } from './model.ts';
import { transformerBlockSchema } from './state.ts';

const base = defaults(transformerBlockSchema);

describe('transformer-block model', () => {
  it('computed op by op, the block equals the engine’s transformerBlock', () => {
    const m = transformerBlockModel(base);
    expect(m.agreement).toBeLessThan(1e-12);
  });

  it('every stage is [T, d] except the MLP’s hidden layer, [T, 4d]; layer norm leaves mean 0 and spread 1', () => {
    const m = transformerBlockModel({ ...base, d: '32' });
    const T = [...base.text].length;
    for (const s of m.stages)
      expect([s.rows, s.cols]).toEqual([T, s.name.startsWith('MLP hidden') ? 128 : 32]);
    const ln = m.stages[1];
    expect(Math.abs(ln.mean)).toBeLessThan(1e-9);
    // ε = 1e-5 in √(σ² + ε) keeps it a shade under 1 on the small initial embeddings
    expect(ln.std).toBeGreaterThan(0.98);
    expect(ln.std).toBeLessThanOrEqual(1);
  });

  it('the parts add up to the engine’s count, for every size the figure offers', () => {
    for (const d of ['16', '48', '256'] as const)
      for (const layers of [1, 2, 12]) {
        const m = transformerBlockModel({ ...base, d, layers });
        expect(m.groups.reduce((a, g) => a + g.count, 0)).toBe(m.total);
        expect(m.total).toBe(
          transformerParamCount({
            vocab: m.vocab,
            context: CONTEXT,
            layers,
            d: Number(d),
            heads: 4,
            positions: 'learned',
          }),
        );
      }
  });

  it('the default sizes (2 layers, d = 48) give 12·d² per layer plus the rest, as the chapter works out', () => {
    const m = transformerBlockModel(base);
    const d = 48;
    const V = m.vocab;
    const perLayer = 12 * d * d + 13 * d;
    expect(m.total).toBe(2 * perLayer + 2 * V * d + V + CONTEXT * d + 2 * d);
  });

  it('an empty text reads one space instead of failing', () => {
    const m = transformerBlockModel({ ...base, text: '' });
    expect(m.chars).toEqual([' ']);
    for (const s of m.stages) expect(Number.isFinite(s.std)).toBe(true);
  });
});
