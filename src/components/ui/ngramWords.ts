// How the n-gram figures name things in words: an order as 'bigram', and the model's markers as phrases.

export function gramName(n: number): string {
  return n === 1 ? 'unigram' : n === 2 ? 'bigram' : n === 3 ? 'trigram' : `${n}-gram`;
}

/** How a corpus token reads on screen: sentence markers become words, everything else is itself. */
export function displayWord(word: string): string {
  if (word === '</s>') return '(end of sentence)';
  if (word === '<s>') return '(start of sentence)';
  if (word === '<unk>') return '(rare word)';
  return word;
}
