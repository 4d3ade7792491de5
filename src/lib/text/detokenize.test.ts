import { describe, expect, it } from 'vitest';
import { detokenize } from './detokenize.ts';

describe('detokenize', () => {
  it('attaches punctuation, pairs quotes and turns </s> into a line break', () => {
    const tokens = [
      '<s>',
      '"',
      'hello',
      ',',
      'world',
      '"',
      'said',
      'mr',
      '.',
      'smith',
      '.',
      '</s>',
      '<s>',
      'ok',
      '</s>',
    ];
    expect(detokenize(tokens)).toBe('"hello, world" said mr. smith.\nok');
  });

  it('returns an empty string for no tokens', () => {
    expect(detokenize([])).toBe('');
  });
});
