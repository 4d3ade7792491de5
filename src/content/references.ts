// The book's bibliography. Chapters cite with <Cite k="key" />; each chapter lists what it cites.
export interface Reference {
  authors: string;
  year: number;
  title: string;
  venue: string;
  /** Short form for in-text citations, e.g. "Pascanu et al." */
  short: string;
}

export const references: Record<string, Reference> = {
  shannon1951: {
    authors: 'Claude E. Shannon',
    year: 1951,
    title: 'Prediction and Entropy of Printed English',
    venue: 'Bell System Technical Journal 30(1), 50–64',
    short: 'Shannon',
  },
  jurafsky2025: {
    authors: 'Daniel Jurafsky and James H. Martin',
    year: 2025,
    title: 'Speech and Language Processing (3rd edition draft)',
    venue: 'Chapter 3: N-gram Language Models',
    short: 'Jurafsky & Martin',
  },
  francis1979: {
    authors: 'W. Nelson Francis and Henry Kučera',
    year: 1979,
    title: 'Brown Corpus Manual',
    venue: 'Department of Linguistics, Brown University',
    short: 'Francis & Kučera',
  },
  elman1990: {
    authors: 'Jeffrey L. Elman',
    year: 1990,
    title: 'Finding Structure in Time',
    venue: 'Cognitive Science 14(2), 179–211',
    short: 'Elman',
  },
  bengio1994: {
    authors: 'Yoshua Bengio, Patrice Simard and Paolo Frasconi',
    year: 1994,
    title: 'Learning Long-Term Dependencies with Gradient Descent is Difficult',
    venue: 'IEEE Transactions on Neural Networks 5(2), 157–166',
    short: 'Bengio et al.',
  },
  pascanu2013: {
    authors: 'Razvan Pascanu, Tomas Mikolov and Yoshua Bengio',
    year: 2013,
    title: 'On the Difficulty of Training Recurrent Neural Networks',
    venue: 'Proceedings of ICML 2013',
    short: 'Pascanu et al.',
  },
  hochreiter1997: {
    authors: 'Sepp Hochreiter and Jürgen Schmidhuber',
    year: 1997,
    title: 'Long Short-Term Memory',
    venue: 'Neural Computation 9(8), 1735–1780',
    short: 'Hochreiter & Schmidhuber',
  },
  cho2014: {
    authors:
      'Kyunghyun Cho, Bart van Merriënboer, Caglar Gulcehre, Dzmitry Bahdanau, Fethi Bougares, Holger Schwenk and Yoshua Bengio',
    year: 2014,
    title: 'Learning Phrase Representations using RNN Encoder–Decoder for Statistical Machine Translation',
    venue: 'Proceedings of EMNLP 2014',
    short: 'Cho et al.',
  },
  sutskever2014: {
    authors: 'Ilya Sutskever, Oriol Vinyals and Quoc V. Le',
    year: 2014,
    title: 'Sequence to Sequence Learning with Neural Networks',
    venue: 'Advances in Neural Information Processing Systems 27',
    short: 'Sutskever et al.',
  },
  bahdanau2015: {
    authors: 'Dzmitry Bahdanau, Kyunghyun Cho and Yoshua Bengio',
    year: 2015,
    title: 'Neural Machine Translation by Jointly Learning to Align and Translate',
    venue: 'Proceedings of ICLR 2015',
    short: 'Bahdanau et al.',
  },
  vaswani2017: {
    authors:
      'Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit, Llion Jones, Aidan N. Gomez, Łukasz Kaiser and Illia Polosukhin',
    year: 2017,
    title: 'Attention Is All You Need',
    venue: 'Advances in Neural Information Processing Systems 30',
    short: 'Vaswani et al.',
  },
  bengio2003: {
    authors: 'Yoshua Bengio, Réjean Ducharme, Pascal Vincent and Christian Jauvin',
    year: 2003,
    title: 'A Neural Probabilistic Language Model',
    venue: 'Journal of Machine Learning Research 3, 1137–1155',
    short: 'Bengio et al.',
  },
};
