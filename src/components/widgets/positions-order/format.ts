// How the "order, again" figure words its numbers, shared by the static frame and the live view.
import { sci } from '../../ui/sci.ts';
import type { PositionsOrderModel } from './model.ts';

/** Output values with a sign and two decimals: "0.12 −0.40 …". */
export function values(xs: readonly number[]): string {
  return `${xs.map((v) => (Math.abs(v) < 0.005 ? '0.00' : v.toFixed(2).replace('-', '−'))).join(' ')} …`;
}

const KIND = {
  none: 'no positions',
  sinusoidal: 'sinusoidal positions',
  learned: 'a learned position table (as initialised)',
} as const;

/** The sentence the figure's readout says: what the largest change of a word's output row means. */
export function verdict(m: PositionsOrderModel): string {
  const size = sci(m.maxChange, 2);
  return m.positions === 'none'
    ? `With ${KIND.none}, the largest change of any word's output row is ${size}: rounding only. Every row moved with its word and kept its values; attention saw a bag of words.`
    : `With ${KIND[m.positions]}, the largest change of a word's output row is ${size}: the same words in another order give different outputs, so order now matters.`;
}
