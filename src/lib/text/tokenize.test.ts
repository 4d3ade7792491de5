import fc from 'fast-check';
import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import { isPunctuation, tokenize, tokenWords } from './tokenize.ts';

describe('tokenize', () => {
  it('lowercases English and splits punctuation off words while keeping contractions and hyphens whole', () => {
    expect(tokenWords("Don't stop -- the term-end report, said Mr. Smith!")).toEqual([
      "don't",
      'stop',
      '--',
      'the',
      'term-end',
      'report',
      ',',
      'said',
      'mr',
      '.',
      'smith',
      '!',
    ]);
  });

  it('keeps numbers with separators and abbreviations with inner periods as one token', () => {
    expect(tokenWords('Paid $1,000.50 at 2:30 for 1/2 of the U.S. stock...')).toEqual([
      'paid',
      '$',
      '1,000.50',
      'at',
      '2:30',
      'for',
      '1/2',
      'of',
      'the',
      'u.s',
      '.',
      'stock',
      '...',
    ]);
  });

  it('drops punctuation and symbols when asked, but keeps emoji', () => {
    expect(tokenWords('Hello, world! 50% 👍', { punctuation: 'drop' })).toEqual([
      'hello',
      'world',
      '50',
      '👍',
    ]);
  });

  it('keeps case when lowercase is off', () => {
    expect(tokenWords('Dog bites Man', { lowercase: false })).toEqual(['Dog', 'bites', 'Man']);
  });

  it('unifies curly quotes, LaTeX quotes and em dashes with their ASCII forms', () => {
    expect(tokenWords("“It’s” ``here'' — now")).toEqual(['"', "it's", '"', '"', 'here', '"', '--', 'now']);
  });

  it('tokenises Greek, Arabic, Hindi and Russian words by their letters and marks', () => {
    expect(tokenWords('Ο σκύλος δάγκωσε τον άνθρωπο.')).toEqual([
      'ο',
      'σκύλος',
      'δάγκωσε',
      'τον',
      'άνθρωπο',
      '.',
    ]);
    expect(tokenWords('الكلب عض الرجل.')).toEqual(['الكلب', 'عض', 'الرجل', '.']);
    expect(tokenWords('नमस्ते दुनिया')).toEqual(['नमस्ते', 'दुनिया']);
    expect(tokenWords('Собака укусила человека')).toEqual(['собака', 'укусила', 'человека']);
  });

  it('splits Japanese into several words with a segmenter, and into characters without one', () => {
    const text = '私は猫が好きです。';
    const segmented = tokenWords(text);
    expect(segmented.join('')).toBe(text);
    if (typeof Intl.Segmenter === 'function') expect(segmented.length).toBeGreaterThan(2);
    expect(tokenWords(text, { useSegmenter: false })).toEqual([
      '私',
      'は',
      '猫',
      'が',
      '好',
      'き',
      'で',
      'す',
      '。',
    ]);
  });

  it('keeps emoji sequences (families, skin tones, flags, keycaps) whole', () => {
    expect(tokenWords('I ❤️ NY 👨‍👩‍👧 👍🏽 🇯🇵 1️⃣')).toEqual(['i', '❤️', 'ny', '👨‍👩‍👧', '👍🏽', '🇯🇵', '1️⃣']);
  });

  it('returns no tokens for empty or blank input, with the steps still listed', () => {
    const empty = tokenize('');
    expect(empty.tokens).toEqual([]);
    expect(empty.steps.map((s) => s.id)).toEqual(['normalize', 'lowercase', 'split']);
    expect(tokenWords(' \n\t\u200B ')).toEqual([]);
  });

  it('records each step with its output, and marks the steps that changed nothing', () => {
    const { tokens, steps } = tokenize('Dog bites man.', { punctuation: 'drop' });
    expect(tokens).toEqual(['dog', 'bites', 'man']);
    expect(steps).toEqual([
      { id: 'normalize', label: expect.any(String), text: 'Dog bites man.', changed: false },
      { id: 'lowercase', label: expect.any(String), text: 'dog bites man.', changed: true },
      { id: 'split', label: expect.any(String), tokens: ['dog', 'bites', 'man', '.'], changed: true },
      { id: 'drop-punctuation', label: expect.any(String), tokens: ['dog', 'bites', 'man'], changed: true },
    ]);
  });

  it('handles 100 KB of mixed-script text, and 100 KB without a single space (printing how long it took)', () => {
    const random = randomLcg(7);
    const pieces = [
      'the',
      'Ωμέγα',
      'кот',
      'العربية',
      '猫が',
      '👍🏽',
      ',',
      '...',
      '3.14',
      "don't",
      '\u0301',
      '-',
    ];
    let text = '';
    while (text.length < 100_000)
      text += pieces[Math.floor(random() * pieces.length)] + (random() < 0.8 ? ' ' : '');
    const started = performance.now();
    const mixed = tokenWords(text);
    const solid = tokenWords('a'.repeat(100_000));
    console.log(
      `tokenize: 2 × 100 KB tokenised in ${(performance.now() - started).toFixed(0)} ms (printed, not asserted)`,
    );
    expect(mixed.length).toBeGreaterThan(10_000);
    expect(mixed.every((t) => t.length > 0 && !/\s/.test(t))).toBe(true);
    expect(solid).toEqual(['a'.repeat(100_000)]);
  });

  it('never throws and never yields empty or whitespace tokens, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const { tokens } = tokenize(text);
        return tokens.every((t) => t.length > 0 && !/\s/u.test(t));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same tokens when its own output is joined with spaces and tokenised again', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), (text) => {
        const tokens = tokenWords(text);
        expect(tokenWords(tokens.join(' '))).toEqual(tokens);
      }),
      { numRuns: 300 },
    );
  });
});

describe('isPunctuation', () => {
  it('calls symbols and punctuation punctuation, and words, numbers and emoji not', () => {
    expect(['.', '--', '$', '%', '"', '...'].every(isPunctuation)).toBe(true);
    expect(['a', '3', "don't", '👍', 'ο'].some(isPunctuation)).toBe(false);
  });
});
