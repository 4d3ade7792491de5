// The heatmap's words for a cell isolate the reader's characters, so right-to-left text cannot reorder them.
import { describe, expect, it } from 'vitest';
import { charCellText, isolate } from './heatmap.ts';

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
