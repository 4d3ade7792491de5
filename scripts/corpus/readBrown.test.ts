import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBrown } from './readBrown.ts';
import { readCategories } from './readCategories.ts';

const fixture = join(import.meta.dirname, 'fixtures', 'brown-mini');

describe('readBrown', () => {
  it('reads every c[a-r]NN file in order with its genre, sentences and tagged-token count', () => {
    const documents = readBrown(fixture);
    expect(documents.map((d) => [d.id, d.category])).toEqual([
      ['ca01', 'a'],
      ['ca02', 'a'],
      ['ca03', 'a'],
      ['cb01', 'b'],
      ['cb02', 'b'],
    ]);
    expect(documents[1].sentences[1]).toEqual(['<s>', 'mr', '.', 'smith', 'fed', 'the', 'cat', '.', '</s>']);
    expect(documents[0].rawTokens).toBe(26);
  });

  it('refuses a directory without Brown files', () => {
    expect(() => readBrown(import.meta.dirname)).toThrow(/no Brown corpus files/);
  });
});

describe('readCategories', () => {
  it('reads genre names from CONTENTS', () => {
    expect(readCategories(fixture)).toEqual(
      new Map([
        ['a', 'PRESS: REPORTAGE'],
        ['b', 'PRESS: EDITORIAL'],
      ]),
    );
  });
});
