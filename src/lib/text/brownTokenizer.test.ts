import { describe, expect, it } from 'vitest';
import { tokenizeBrown } from './brownTokenizer.ts';

const SAMPLE = [
  '',
  '',
  "\tThe/at jury/nn said/vbd ``/`` it's/pps+bez over-all/jj ok/jj ''/'' ./.",
  '',
  '',
  '\tMr./np Smith/np paid/vbd 1/2/cd of/in $600/nns ./.',
  'Heading/nn-hl',
  '',
].join('\n');

describe('tokenizeBrown', () => {
  it('strips the tags, lowercases, and wraps each line in <s> … </s>', () => {
    expect(tokenizeBrown(SAMPLE)).toEqual([
      ['<s>', 'the', 'jury', 'said', '"', "it's", 'over-all', 'ok', '"', '.', '</s>'],
      ['<s>', 'mr', '.', 'smith', 'paid', '1/2', 'of', '$', '600', '.', '</s>'],
      ['<s>', 'heading', '</s>'],
    ]);
  });

  it('drops punctuation tokens when asked, and skips sentences left empty', () => {
    expect(tokenizeBrown('\t``/`` ./.\n\tYes/rb !/.\n', { punctuation: 'drop' })).toEqual([
      ['<s>', 'yes', '</s>'],
    ]);
  });

  it('returns no sentences for empty text', () => {
    expect(tokenizeBrown('')).toEqual([]);
  });
});
