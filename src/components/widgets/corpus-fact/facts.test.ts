import { describe, expect, it } from 'vitest';
import type { CorpusEvaluation, CorpusMeta } from '../../../lib/text/corpusMeta.ts';
import { corpusFact } from './facts.ts';

const meta = {
  documents: 500,
  tokens: 1168379,
  types: 49157,
  split: { train: { tokens: 1000 }, heldOut: { documents: 52, tokens: 100, unknownShare: 0.0341 } },
  model: { vocabularySize: 46533, minCount: [1, 1, 1, 2, 2, 2] },
} as unknown as CorpusMeta;
const figure = (infinite: boolean, perplexity: number | null, zeroShare = 0) => ({
  perplexity,
  infinite,
  zeroProbability: 0,
  zeroShare,
});
const evaluation = {
  sparsity: [{ n: 4, unseenShare: 0.9413, trainDistinct: 847583 }],
  perplexity: [{ n: 4, mle: figure(true, null, 0.8588), kneserNey: figure(false, 377.8) }],
} as unknown as CorpusEvaluation;

describe('corpus facts', () => {
  it('formats counts with thousands separators', () => {
    expect(corpusFact(meta, evaluation, 'tokens')).toBe('1,168,379');
    expect(corpusFact(meta, evaluation, 'heldOutDocuments')).toBe('52');
  });

  it('formats shares as percentages with the decimals asked for', () => {
    expect(corpusFact(meta, evaluation, 'unknownShare', undefined, 1)).toBe('3.4%');
    expect(corpusFact(meta, evaluation, 'unseenShare', 4)).toBe('94%');
    expect(corpusFact(meta, evaluation, 'mleZeroShare', 4)).toBe('86%');
  });

  it('reads per-order facts for the order given', () => {
    expect(corpusFact(meta, evaluation, 'perplexityKneserNey', 4)).toBe('378');
    expect(corpusFact(meta, evaluation, 'trainDistinct', 4)).toBe('847,583');
    expect(corpusFact(meta, evaluation, 'minCount', 4)).toBe('2');
  });

  it('fails loudly on a name or order the data does not have, so a typo fails the build', () => {
    expect(() => corpusFact(meta, evaluation, 'nope' as never)).toThrow('no corpus fact named "nope"');
    expect(() => corpusFact(meta, evaluation, 'unseenShare', 9)).toThrow('needs an order n');
  });
});
