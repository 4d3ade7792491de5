// Reserved tokens of the n-gram model: sentence start, sentence end and the unknown word (Jurafsky & Martin, SLP ch. 3).

/** Sentence start; only ever a context, never predicted. */
export const BOS = '<s>';
/** Sentence end; predicted like a word, so a model knows where sentences stop. */
export const EOS = '</s>';
/** Any word not in the training vocabulary. */
export const UNK = '<unk>';

/** Wrap one sentence's tokens in <s> … </s>. The tokeniser never produces these strings, so they cannot collide. */
export function padSentence(tokens: readonly string[]): string[] {
  return [BOS, ...tokens, EOS];
}
