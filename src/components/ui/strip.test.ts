import { describe, expect, it } from 'vitest';
import { squares } from './strip.ts';

describe('strip squares', () => {
  it('colour each number by its sign and its share of the scale, capped at full colour', () => {
    const s = squares([-0.5, 0, 2], { name: 'h₁', scale: 1 });
    expect(s.map((q) => q.background)).toEqual([
      'color-mix(in srgb, var(--chart-1) 50%, var(--bg-raised))',
      'color-mix(in srgb, var(--chart-2) 0%, var(--bg-raised))',
      'color-mix(in srgb, var(--chart-2) 100%, var(--bg-raised))',
    ]);
  });

  it('name each square with its entry and its exact value, with a real minus sign', () => {
    expect(squares([-0.12345], { name: 'h₁', scale: 1 })[0].text).toBe('h₁[1] = −0.1235');
    expect(squares([0, 1], { name: 'W', scale: 1, at: (j) => `[1,${j + 1}]` })[1].text).toBe(
      'W[1,2] = 1.0000',
    );
  });
});
