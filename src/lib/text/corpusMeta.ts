// Shapes of the corpus build's JSON outputs: meta.json (figures the chapter states) and evaluation.json (sparsity, perplexity).
import type { Discounts } from './ngramModel.ts';
import type { SparsityRow } from './ngramSparsity.ts';

export type SplitFigures = { documents: number; sentences: number; tokens: number };

export type CorpusMeta = {
  source: { name: string; package: string; version: string };
  /** Whole corpus, after the book's tokeniser (punctuation kept as tokens; <s>, </s> not counted). */
  documents: number;
  sentences: number;
  tokens: number;
  /** Distinct tokens, case folded. */
  types: number;
  /** Tokens and types that contain a letter or digit, i.e. without punctuation. */
  wordTokens: number;
  wordTypes: number;
  /** word/TAG tokens in the original files, before the tokeniser split ("mr." → "mr", ".") anything. */
  taggedTokens: number;
  categories: { letter: string; name: string; documents: number; heldOut: number }[];
  split: {
    seed: number;
    heldOutShare: number;
    train: SplitFigures;
    heldOut: SplitFigures & { documentIds: string[]; unknownTokens: number; unknownShare: number };
  };
  model: {
    maxOrder: number;
    /** Training vocabulary, <unk>, <s> and </s> included. */
    vocabularySize: number;
    /** minCount[n]: stored n-grams were seen at least this often in training (index 0 unused). */
    minCount: number[];
    /** Per order n = 1…maxOrder: distinct n-grams in training, and how many the shipped table keeps. */
    ngrams: { n: number; distinct: number; stored: number }[];
    discounts: Discounts;
  };
  /** Asset files other than meta.json, with their sizes. */
  files: { name: string; bytes: number; gzipBytes: number }[];
};

/** A perplexity that may be infinite: JSON has no Infinity, so perplexity is null exactly when infinite is true. */
export type PerplexityFigure = {
  perplexity: number | null;
  infinite: boolean;
  /** Held-out tokens given probability zero, and their share of all held-out tokens. */
  zeroProbability: number;
  zeroShare: number;
};

export type CorpusEvaluation = {
  /** All numbers come from the full, unpruned training counts. */
  heldOutTokens: number;
  unknownTokens: number;
  perplexity: {
    n: number;
    mle: PerplexityFigure;
    kneserNey: PerplexityFigure;
    addK: (PerplexityFigure & { k: number })[];
    /** The k of the grid with the lowest held-out perplexity. */
    bestK: number;
  }[];
  /** log10SeenShare is null where JSON would need −Infinity (nothing seen). */
  sparsity: (Omit<SparsityRow, 'log10SeenShare'> & { log10SeenShare: number | null })[];
};
