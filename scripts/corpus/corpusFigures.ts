// Counts the figures the chapter states about the corpus (tokens, types, sentences) from tokenised documents.
import type { SplitFigures } from '../../src/lib/text/corpusMeta.ts';
import { isPunctuation } from '../../src/lib/text/tokenize.ts';
import type { BrownDocument } from './readBrown.ts';

export type CorpusFigures = SplitFigures & {
  types: number;
  wordTokens: number;
  wordTypes: number;
  taggedTokens: number;
};

/** Figures over padded sentences; the <s> and </s> markers are not counted as tokens. */
export function corpusFigures(documents: readonly BrownDocument[]): CorpusFigures {
  const types = new Set<string>();
  let sentences = 0;
  let tokens = 0;
  let wordTokens = 0;
  let taggedTokens = 0;
  for (const document of documents) {
    taggedTokens += document.rawTokens;
    for (const sentence of document.sentences) {
      sentences++;
      for (let i = 1; i < sentence.length - 1; i++) {
        tokens++;
        types.add(sentence[i]);
        if (!isPunctuation(sentence[i])) wordTokens++;
      }
    }
  }
  let wordTypes = 0;
  for (const type of types) if (!isPunctuation(type)) wordTypes++;
  return {
    documents: documents.length,
    sentences,
    tokens,
    types: types.size,
    wordTokens,
    wordTypes,
    taggedTokens,
  };
}
