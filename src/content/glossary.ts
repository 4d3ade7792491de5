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
  'bag-of-words': {
    term: 'bag of words',
    definition:
      'A representation of a text by how often each word occurs in it, with the order of the words thrown away.',
  },
  'count-vector': {
    term: 'count vector',
    definition:
      'A list of numbers, one per vocabulary entry, each saying how many times that entry occurs in a text.',
  },
  'cosine-similarity': {
    term: 'cosine similarity',
    definition:
      'The cosine of the angle between two vectors, a·b / (‖a‖ ‖b‖): 1 when they point the same way, 0 when they share nothing.',
  },
  bigram: {
    term: 'bigram',
    definition: 'Two tokens that stand next to each other, such as "bites man"; an n-gram with n = 2.',
  },
  baseline: {
    term: 'baseline',
    definition:
      'A simple, well-understood method that a new one must beat before its extra complexity is worth having.',
  },
  'markov-assumption': {
    term: 'Markov assumption',
    definition:
      'The simplification that the next token depends only on the last few tokens, not on everything before them.',
  },
  'maximum-likelihood': {
    term: 'maximum-likelihood estimate',
    definition:
      'The parameter values that make the training data most probable; for an n-gram model, counts divided by counts.',
  },
  perplexity: {
    term: 'perplexity',
    definition:
      'How surprised a model is by test text: the inverse probability of the text, per token. A model guessing uniformly among V tokens has perplexity V; lower is better.',
  },
  smoothing: {
    term: 'smoothing',
    definition:
      'Moving some probability from events seen in training to events never seen, so that no possible token gets probability zero.',
  },
  sparsity: {
    term: 'sparsity',
    definition:
      'Most of the events a model could meet occur rarely or never in its training data, so their counts are zero or too small to trust.',
  },
  'back-off': {
    term: 'back-off',
    definition: 'Answering from a shorter context when the longer one was never seen.',
  },
  'held-out': {
    term: 'held-out data',
    definition:
      'Text set aside before training and used only to measure a model, so the measurement says how it does on text it has not seen.',
  },
  bptt: {
    term: 'backpropagation through time',
    definition:
      'Backpropagation applied to a recurrent network unrolled over a sequence: the gradient flows backward step by step, and each shared weight collects the sum of its contributions from every step.',
  },
  'vanishing-gradient': {
    term: 'vanishing gradient',
    definition:
      'A gradient that shrinks roughly geometrically as it flows back through many steps, so early inputs barely affect learning.',
  },
  'exploding-gradient': {
    term: 'exploding gradient',
    definition:
      'A gradient that grows roughly geometrically as it flows back through many steps, so one update can throw the weights far away.',
  },
  'spectral-radius': {
    term: 'spectral radius',
    definition: 'The largest absolute value among the eigenvalues of a square matrix.',
  },
  'gradient-clipping': {
    term: 'gradient clipping',
    definition:
      'Rescaling the gradient whenever its norm exceeds a threshold, which keeps its direction and bounds the size of each update.',
  },
  'cell-state': {
    term: 'cell state',
    definition:
      "The LSTM's second state vector C_t, updated by gated addition (C_t = f_t ⊙ C_{t−1} + i_t ⊙ C̃_t), so the gradient can cross many steps multiplied only by the forget gate.",
  },
  'forget-gate': {
    term: 'forget gate',
    definition:
      'The LSTM gate f_t, a number between 0 and 1 per unit, that decides how much of the previous cell state to keep.',
  },
  gru: {
    term: 'GRU',
    definition:
      'The gated recurrent unit of Cho et al. (2014): an update gate mixes the old state with a candidate, and a reset gate decides how much of the old state the candidate sees. No separate cell state.',
  },
};
