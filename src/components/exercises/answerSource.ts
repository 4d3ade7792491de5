// Where each computed answer comes from, so feedback can say so truthfully ("counted from the Brown
// corpus", "computed by the book's engine") instead of a vague "computed when this page was built".
// Every answer provider must be listed: answerSource.test.ts fails on a new key that is not.

export type AnswerSource = 'corpus' | 'engine' | 'figures' | 'question';

export const ANSWER_SOURCES: Record<string, AnswerSource> = {
  'sequence-modeling.p-america': 'corpus',
  'sequence-modeling.the-after-of': 'corpus',
  'sequence-modeling.rows-grandmother': 'corpus',
  'bag-of-words.cos-cat-dog': 'figures',
  'bag-of-words.cos-cat-dog-bigrams': 'figures',
  'bag-of-words.bigram-share': 'question',
  'ngrams.p-america-trigram': 'corpus',
  'ngrams.add-one-unseen-share': 'question',
  'rnns.recurrent-params': 'figures',
  'vanishing-gradients.bound-share': 'figures',
  'vanishing-gradients.sigmoid-sigma': 'figures',
  'gates.lstm-params': 'engine',
  'gates.gru-params': 'engine',
  'seq2seq.plain-params': 'engine',
  'seq2seq.strip-50-at-64': 'engine',
  'attention.dot-std-64': 'engine',
  'attention.peak-unscaled-64': 'engine',
  'transformer.block-params-48': 'engine',
  'transformer.head-scale-48-4': 'question',
  'transformer.shuffle-change-sinusoidal': 'engine',
  'transformer.trigram-saving': 'corpus',
  'transformer.first-copy-floor': 'question',
};

const PHRASES: Record<AnswerSource, string> = {
  corpus: 'counted from the Brown corpus',
  engine: "computed by the book's engine",
  figures: 'computed by the code the figures run',
  question: 'worked out from the numbers in the question',
};

/** How feedback names the origin of the answer `key`; `where` names the exercise if the key is unlisted. */
export function answerSourcePhrase(key: string, where: string): string {
  const source = ANSWER_SOURCES[key];
  if (!source)
    throw new Error(
      `${where}: answer="${key}" has no entry in src/components/exercises/answerSource.ts; say whether it comes from the corpus, the engine, the figures' code or the question`,
    );
  return PHRASES[source];
}
