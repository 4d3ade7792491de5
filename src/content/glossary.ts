// The glossary: one plain-language definition per term. <Term k="…"> in a chapter shows it on hover and
// focus, and the glossary page lists them all.
export interface GlossaryEntry {
  term: string;
  definition: string;
}

export const glossary: Record<string, GlossaryEntry> = {
  sequence: {
    term: 'sequence',
    definition:
      'An ordered list of items, such as words, audio samples or daily prices, in which position matters.',
  },
  token: {
    term: 'token',
    definition:
      'The unit a model reads one at a time: a word, a piece of a word, a character or a byte, depending on the tokeniser.',
  },
  vocabulary: {
    term: 'vocabulary',
    definition:
      'The set of distinct tokens a model knows; every token outside it must be mapped to a stand-in.',
  },
  'language-model': {
    term: 'language model',
    definition: 'A model that assigns a probability to each possible next token given the tokens before it.',
  },
  context: {
    term: 'context window',
    definition: 'The tokens a model is allowed to look at when predicting the next one.',
  },
  'conditional-probability': {
    term: 'conditional probability',
    definition: 'P(A | B): how likely A is once we know that B happened.',
  },
  ngram: {
    term: 'n-gram',
    definition: 'A run of n consecutive tokens; an n-gram model predicts a token from the n − 1 before it.',
  },
  corpus: {
    term: 'corpus',
    definition: 'A body of text collected for study; models are trained and measured on corpora.',
  },
  rnn: {
    term: 'recurrent neural network',
    definition:
      'A network that reads a sequence one step at a time and carries a hidden state from each step to the next.',
  },
  'hidden-state': {
    term: 'hidden state',
    definition: 'The vector an RNN carries between steps: its running summary of everything it has read.',
  },
  attention: {
    term: 'attention',
    definition:
      'A mechanism that lets a model look back at every earlier position and take a weighted average of what it finds there.',
  },
  gradient: {
    term: 'gradient',
    definition:
      'The vector of partial derivatives of the loss; it says how each weight should move to reduce the loss.',
  },
};
