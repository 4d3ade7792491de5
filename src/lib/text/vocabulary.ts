// The n-gram model's vocabulary: integer ids for words, with <unk>, <s> and </s> first and the rest by falling frequency.
import { BOS, EOS, UNK } from './markers.ts';

export type Vocabulary = {
  /** words[id]; ids 0, 1, 2 are <unk>, <s>, </s>. */
  words: readonly string[];
  ids: ReadonlyMap<string, number>;
};

export const UNK_ID = 0;
export const BOS_ID = 1;
export const EOS_ID = 2;

/** A vocabulary from an explicit word list whose first three entries are <unk>, <s>, </s>. */
export function vocabularyFromWords(words: readonly string[]): Vocabulary {
  if (words[UNK_ID] !== UNK || words[BOS_ID] !== BOS || words[EOS_ID] !== EOS) {
    throw new Error('a vocabulary must start with <unk>, <s>, </s>');
  }
  const ids = new Map<string, number>();
  words.forEach((word, id) => {
    if (ids.has(word)) throw new Error(`duplicate vocabulary word ${JSON.stringify(word)}`);
    ids.set(word, id);
  });
  return { words, ids };
}

/** Every word of the sentences, most frequent first (ties alphabetical, so the ids are deterministic). */
export function buildVocabulary(sentences: Iterable<readonly string[]>): Vocabulary {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const word of sentence) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  for (const reserved of [UNK, BOS, EOS]) counts.delete(reserved);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return vocabularyFromWords([UNK, BOS, EOS, ...sorted.map(([word]) => word)]);
}

/** The id of a word, or UNK_ID for a word the vocabulary never saw. */
export function wordId(vocabulary: Vocabulary, word: string): number {
  return vocabulary.ids.get(word) ?? UNK_ID;
}

/** Sentences of words as arrays of ids, unknown words mapped to <unk>. */
export function encodeSentences(
  vocabulary: Vocabulary,
  sentences: Iterable<readonly string[]>,
): Uint32Array[] {
  const encoded: Uint32Array[] = [];
  for (const sentence of sentences)
    encoded.push(Uint32Array.from(sentence, (word) => wordId(vocabulary, word)));
  return encoded;
}
