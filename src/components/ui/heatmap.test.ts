// The heatmap's words for a cell isolate the reader's characters, so right-to-left text cannot reorder them.
import { describe, expect, it } from 'vitest';
import { charCellText, firstInformative, isolate } from './heatmap.ts';

describe('heatmap cell text', () => {
  it('wraps the input character in Unicode isolates (FSI … PDI)', () => {
    const text = charCellText(
      { keys: ['م', '1'], queries: ['1'], weights: [[0.75, 0.25]], focusRow: 0 },
      0,
      0,
    );
    expect(text).toBe(`output 1 "1" looks at input 1 "${isolate('م')}" with weight 0.750`);
    expect(isolate('م')).toBe('\u2068م\u2069');
  });
});

describe('first informative column', () => {
  it('skips the columns no row looks at ("thursday, the") to the first that draws weight', () => {
    const flat = 0.02;
    const row = (hot: number) => Array.from({ length: 10 }, (_, c) => (c === hot ? 0.82 : flat));
    expect(firstInformative([row(6), row(7), row(6)])).toBe(6);
  });

  it('is 0 for an even (untrained) map and for no columns', () => {
    expect(firstInformative([[0.25, 0.25, 0.25, 0.25]])).toBe(0);
    expect(firstInformative([])).toBe(0);
  });
});
