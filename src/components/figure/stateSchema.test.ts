import { describe, expect, it } from 'vitest';
import { applyPatch, decode, defaults, defineSchema, encode } from './stateSchema.ts';

const schema = defineSchema({
  k: { kind: 'int', default: 2, min: 0, max: 4 },
  lr: { kind: 'float', default: 0.1, min: 0.001, max: 1, digits: 3 },
  act: { kind: 'enum', default: 'tanh', options: ['tanh', 'relu', 'linear'] as const },
  clip: { kind: 'bool', default: false },
  text: { kind: 'text', default: 'the cat', maxLength: 10 },
});

describe('widget state schema', () => {
  it('decodes a clean URL into typed values', () => {
    const p = new URLSearchParams('f.k=3&f.lr=0.25&f.act=relu&f.clip=1&f.text=a+dog');
    expect(decode(schema, p, 'f')).toEqual({
      state: { k: 3, lr: 0.25, act: 'relu', clip: true, text: 'a dog' },
      rejected: [],
    });
  });

  it('falls back to defaults for junk, and names the keys it rejected', () => {
    const p = new URLSearchParams('f.k=abc&f.lr=NaN&f.act=<script>&f.clip=maybe');
    const { state, rejected } = decode(schema, p, 'f');
    expect(state).toEqual(defaults(schema));
    expect(rejected).toEqual(['k', 'lr', 'act', 'clip']);
  });

  it('clamps numbers to their bounds and rounds integers', () => {
    const p = new URLSearchParams('f.k=99.7&f.lr=-5');
    expect(decode(schema, p, 'f').state).toMatchObject({ k: 4, lr: 0.001 });
    expect(decode(schema, new URLSearchParams('f.k=1e308'), 'f').state.k).toBe(4);
    expect(decode(schema, new URLSearchParams('f.k=Infinity'), 'f').rejected).toEqual(['k']);
  });

  it('cuts text to its maximum length without splitting a character', () => {
    const p = new URLSearchParams(`f.text=${encodeURIComponent('😀'.repeat(50))}`);
    expect(decode(schema, p, 'f').state.text).toBe('😀'.repeat(10));
  });

  it('ignores parameters of other figures', () => {
    expect(decode(schema, new URLSearchParams('g.k=3'), 'f').state.k).toBe(2);
  });

  it('encodes only values that differ from the defaults, and round-trips', () => {
    const state = applyPatch(schema, defaults(schema), { k: 1, act: 'linear' });
    const entries = encode(schema, state, 'f');
    expect(entries).toEqual([
      ['f.k', '1'],
      ['f.act', 'linear'],
    ]);
    expect(decode(schema, new URLSearchParams(entries), 'f').state).toEqual(state);
  });

  it('applyPatch drops unknown keys and unreadable values', () => {
    const next = applyPatch(schema, defaults(schema), { k: Number.NaN, nope: 3 } as never);
    expect(next).toEqual(defaults(schema));
  });

  it('refuses a schema whose default breaks its own bounds', () => {
    expect(() => defineSchema({ x: { kind: 'int', default: 9, min: 0, max: 4 } })).toThrow(
      'outside its own bounds',
    );
  });
});
