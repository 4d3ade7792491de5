import { describe, expect, it } from 'vitest';
import { splitDocuments } from './splitDocuments.ts';

const documents = 'abcdefghij'.split('').flatMap((category, c) =>
  Array.from({ length: 3 + c * 2 }, (_, i) => ({
    id: `c${category}${String(i + 1).padStart(2, '0')}`,
    category,
  })),
);

describe('splitDocuments', () => {
  it('is the same for the same seed and different for another', () => {
    expect(splitDocuments(documents, 0.1, 1)).toEqual(splitDocuments(documents, 0.1, 1));
    expect(splitDocuments(documents, 0.1, 1).heldOut).not.toEqual(splitDocuments(documents, 0.1, 2).heldOut);
  });

  it('puts every document on exactly one side, in input order', () => {
    const { train, heldOut } = splitDocuments(documents, 0.1, 1);
    expect(train.length + heldOut.length).toBe(documents.length);
    expect(new Set([...train, ...heldOut].map((d) => d.id)).size).toBe(documents.length);
    expect(heldOut).toEqual(documents.filter((d) => heldOut.includes(d)));
  });

  it('holds out round(share × size) of every genre, at least one', () => {
    const { heldOut } = splitDocuments(documents, 0.1, 1);
    for (const category of 'abcdefghij') {
      const size = documents.filter((d) => d.category === category).length;
      const held = heldOut.filter((d) => d.category === category).length;
      expect(held).toBe(Math.max(1, Math.round(0.1 * size)));
    }
  });

  it('holds nothing out of a genre with a single document', () => {
    expect(splitDocuments([{ id: 'cm01', category: 'm' }], 0.5, 1).heldOut).toEqual([]);
  });
});
