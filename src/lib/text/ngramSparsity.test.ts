import { describe, expect, it } from 'vitest';
import { padSentence } from './markers.ts';
import { trainNgramModel } from './ngramModel.ts';
import { ngramSparsity } from './ngramSparsity.ts';

describe('ngramSparsity', () => {
  const model = trainNgramModel([padSentence(['a', 'b', 'c']), padSentence(['b', 'c', 'a'])], 3);
  const rows = ngramSparsity(model, [padSentence(['a', 'b', 'd', 'e'])]);

  it('counts held-out n-grams that training never saw, by occurrence and by type', () => {
    expect(rows.map((r) => [r.n, r.heldOutNgrams, r.heldOutUnseen])).toEqual([
      [1, 4, 2],
      [2, 3, 2],
      [3, 2, 2],
    ]);
    expect(rows[0].unseenShare).toBe(0.5);
    // "d" and "e" are both <unk> to the model but remain two distinct unseen types.
    expect(rows[0].heldOutDistinctUnseen).toBe(2);
  });

  it('compares distinct training n-grams, markers excluded, with the V^n possible', () => {
    expect(rows.map((r) => r.trainDistinct)).toEqual([3, 3, 2]);
    expect(rows.map((r) => r.possible)).toEqual(['3', '9', '27']);
    expect(rows[2].log10Possible).toBeCloseTo(3 * Math.log10(3), 12);
    expect(rows[2].log10SeenShare).toBeCloseTo(Math.log10(2 / 27), 12);
  });

  it('represents V^n exactly even where a double cannot', () => {
    const words = Array.from({ length: 50_000 }, (_, i) => `w${i}`);
    const wide = trainNgramModel([padSentence(words)], 1);
    const [row] = ngramSparsity(wide, [], 1);
    expect(row.possible).toBe('50000');
    expect(row.unseenShare).toBe(0);
    expect((50_000n ** 5n).toString()).toBe('312500000000000000000000');
  });
});
