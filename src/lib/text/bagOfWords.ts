// Bag-of-words count vectors over a shared vocabulary, optionally with bigram features (Jurafsky & Martin, SLP ch. 4 and 6).

export type BagOfWordsOptions = {
  /** Add adjacent-pair features "w1 w2" after the unigrams. Default false. */ bigrams?: boolean;
};

export type BagOfWords = {
  /** Feature names in order of first appearance across the documents: unigrams, then (if asked) bigrams. */
  vocabulary: string[];
  /** One count vector per document, aligned with vocabulary. */
  vectors: number[][];
};

/** The features one token list contributes: its tokens, and with bigrams also each adjacent pair joined by a space. */
export function bagFeatures(tokens: readonly string[], options: BagOfWordsOptions = {}): string[] {
  const features = [...tokens];
  if (options.bigrams) for (let i = 1; i < tokens.length; i++) features.push(`${tokens[i - 1]} ${tokens[i]}`);
  return features;
}

/** Count vectors of several token lists over the union of their features. Word order only matters through bigrams. */
export function bagOfWords(
  documents: readonly (readonly string[])[],
  options: BagOfWordsOptions = {},
): BagOfWords {
  const perDocument = documents.map((tokens) => bagFeatures(tokens, options));
  // Unigrams first, then bigrams, so switching bigrams on extends the unigram vocabulary instead of reshuffling it.
  const index = new Map<string, number>();
  for (const tokens of documents)
    for (const token of tokens) if (!index.has(token)) index.set(token, index.size);
  for (const features of perDocument)
    for (const feature of features) if (!index.has(feature)) index.set(feature, index.size);
  const vectors = perDocument.map((features) => {
    const vector = new Array<number>(index.size).fill(0);
    for (const feature of features) vector[index.get(feature)!] += 1;
    return vector;
  });
  return { vocabulary: [...index.keys()], vectors };
}
