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
  olsson2022: {
    authors:
      'Catherine Olsson, Nelson Elhage, Neel Nanda, Nicholas Joseph, Nova DasSarma, Tom Henighan, Ben Mann, Amanda Askell, Yuntao Bai, Anna Chen, Tom Conerly, Dawn Drain, Deep Ganguli, Zac Hatfield-Dodds, Danny Hernandez, Scott Johnston, Andy Jones, Jackson Kernion, Liane Lovitt, Kamal Ndousse, Dario Amodei, Tom Brown, Jack Clark, Jared Kaplan, Sam McCandlish and Chris Olah',
    year: 2022,
    title: 'In-context Learning and Induction Heads',
    venue: 'Transformer Circuits Thread',
    short: 'Olsson et al.',
  },
  vaswani2017: {
    authors:
      'Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit, Llion Jones, Aidan N. Gomez, Łukasz Kaiser and Illia Polosukhin',
    year: 2017,
    title: 'Attention Is All You Need',
    venue: 'Advances in Neural Information Processing Systems 30',
    short: 'Vaswani et al.',
  },
  ba2016: {
    authors: 'Jimmy Lei Ba, Jamie Ryan Kiros and Geoffrey E. Hinton',
    year: 2016,
    title: 'Layer Normalization',
    venue: 'arXiv:1607.06450',
    short: 'Ba et al.',
  },
  hendrycks2016: {
    authors: 'Dan Hendrycks and Kevin Gimpel',
    year: 2016,
    title: 'Gaussian Error Linear Units (GELUs)',
    venue: 'arXiv:1606.08415',
    short: 'Hendrycks and Gimpel',
  },
  radford2019: {
    authors: 'Alec Radford, Jeffrey Wu, Rewon Child, David Luan, Dario Amodei and Ilya Sutskever',
    year: 2019,
    title: 'Language Models are Unsupervised Multitask Learners',
    venue: 'OpenAI technical report',
    short: 'Radford et al.',
  },
  loshchilov2019: {
    authors: 'Ilya Loshchilov and Frank Hutter',
    year: 2019,
    title: 'Decoupled Weight Decay Regularization',
    venue: 'International Conference on Learning Representations (ICLR)',
    short: 'Loshchilov and Hutter',
  },
  xiong2020: {
    authors:
      'Ruibin Xiong, Yunchang Yang, Di He, Kai Zheng, Shuxin Zheng, Chen Xing, Huishuai Zhang, Yanyan Lan, Liwei Wang and Tie-Yan Liu',
    year: 2020,
    title: 'On Layer Normalization in the Transformer Architecture',
    venue: 'Proceedings of the 37th International Conference on Machine Learning (ICML)',
    short: 'Xiong et al.',
  },
  bengio2003: {
    authors: 'Yoshua Bengio, Réjean Ducharme, Pascal Vincent and Christian Jauvin',
    year: 2003,
    title: 'A Neural Probabilistic Language Model',
    venue: 'Journal of Machine Learning Research 3, 1137–1155',
    short: 'Bengio et al.',
  },
  harris1954: {
    authors: 'Zellig S. Harris',
    year: 1954,
    title: 'Distributional Structure',
    venue: 'Word 10(2–3), 146–162',
    short: 'Harris',
  },
  sparckjones1972: {
    authors: 'Karen Spärck Jones',
    year: 1972,
    title: 'A Statistical Interpretation of Term Specificity and Its Application in Retrieval',
    venue: 'Journal of Documentation 28(1), 11–21',
    short: 'Spärck Jones',
  },
  salton1975: {
    authors: 'Gerard Salton, Anita Wong and Chung-Shu Yang',
    year: 1975,
    title: 'A Vector Space Model for Automatic Indexing',
    venue: 'Communications of the ACM 18(11), 613–620',
    short: 'Salton et al.',
  },
  sahami1998: {
    authors: 'Mehran Sahami, Susan Dumais, David Heckerman and Eric Horvitz',
    year: 1998,
    title: 'A Bayesian Approach to Filtering Junk E-Mail',
    venue: 'Learning for Text Categorization: Papers from the 1998 AAAI Workshop, Technical Report WS-98-05',
    short: 'Sahami et al.',
  },
  joachims1998: {
    authors: 'Thorsten Joachims',
    year: 1998,
    title: 'Text Categorization with Support Vector Machines: Learning with Many Relevant Features',
    venue: 'Machine Learning: ECML-98, Lecture Notes in Computer Science 1398, 137–142',
    short: 'Joachims',
  },
  manning2008: {
    authors: 'Christopher D. Manning, Prabhakar Raghavan and Hinrich Schütze',
    year: 2008,
    title: 'Introduction to Information Retrieval',
    venue: 'Cambridge University Press; Chapter 6: Scoring, term weighting and the vector space model',
    short: 'Manning et al.',
  },
  wang2012: {
    authors: 'Sida Wang and Christopher D. Manning',
    year: 2012,
    title: 'Baselines and Bigrams: Simple, Good Sentiment and Topic Classification',
    venue:
      'Proceedings of the 50th Annual Meeting of the Association for Computational Linguistics (Volume 2), 90–94',
    short: 'Wang & Manning',
  },
  chen1998: {
    authors: 'Stanley F. Chen and Joshua Goodman',
    year: 1998,
    title: 'An Empirical Study of Smoothing Techniques for Language Modeling',
    venue: 'Technical Report TR-10-98, Center for Research in Computing Technology, Harvard University',
    short: 'Chen & Goodman',
  },
  kneser1995: {
    authors: 'Reinhard Kneser and Hermann Ney',
    year: 1995,
    title: 'Improved Backing-Off for M-gram Language Modeling',
    venue: 'Proceedings of ICASSP 1995, vol. 1, 181–184',
    short: 'Kneser & Ney',
  },
  katz1987: {
    authors: 'Slava M. Katz',
    year: 1987,
    title:
      'Estimation of Probabilities from Sparse Data for the Language Model Component of a Speech Recognizer',
    venue: 'IEEE Transactions on Acoustics, Speech, and Signal Processing 35(3), 400–401',
    short: 'Katz',
  },
  gers2000: {
    authors: 'Felix A. Gers, Jürgen Schmidhuber and Fred Cummins',
    year: 2000,
    title: 'Learning to Forget: Continual Prediction with LSTM',
    venue: 'Neural Computation 12(10), 2451–2471',
    short: 'Gers et al.',
  },
  jozefowicz2015: {
    authors: 'Rafal Jozefowicz, Wojciech Zaremba and Ilya Sutskever',
    year: 2015,
    title: 'An Empirical Exploration of Recurrent Network Architectures',
    venue: 'Proceedings of ICML 2015',
    short: 'Jozefowicz et al.',
  },
};
