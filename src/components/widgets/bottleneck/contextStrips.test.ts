import { describe, expect, it } from 'vitest';
import type { Reading } from '../../models/translate.ts';
import { contextStrips } from './contextStrips.ts';

const reading = (text: string, context: number[]): Reading => ({
  chars: [...text],
  truncated: 0,
  prediction: '',
  outputs: [],
  weights: [],
  context,
  unknown: [],
  unknownCount: 0,
  unknownFate: 'unknown-token',
  empty: text.length === 0,
});

describe('context strips', () => {
  it('gives a short and a long input the same number of squares, and says so in each head', () => {
    const [short, typed] = contextStrips(
      reading('5/3/79', [0.1, -0.2]),
      reading('the fifth of march', [0.3, 0]),
      'characters',
    );
    expect(short.head).toBe('"5/3/79": 6 characters read → 2 numbers');
    expect(typed.head).toBe('"the fifth of march": 18 characters read → 2 numbers');
    expect(short.squares).toHaveLength(typed.squares.length);
  });

  it('colours both rows on one scale, never below 0.5, so small untrained numbers stay pale', () => {
    const [a, b] = contextStrips(reading('47', [0.25]), reading('1234', [-0.1]), 'digits');
    expect(a.squares[0].background).toContain('50%');
    expect(b.squares[0].background).toContain('--chart-1) 20%');
  });
});
