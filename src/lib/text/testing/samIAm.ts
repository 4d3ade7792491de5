// The three-sentence corpus of Jurafsky & Martin, SLP §3.1, tokenised and padded: small enough to compute by hand.
import { padSentence } from '../markers.ts';
import { tokenWords } from '../tokenize.ts';

export const samIAm: string[][] = ['I am Sam', 'Sam I am', 'I do not like green eggs and ham'].map((s) =>
  padSentence(tokenWords(s)),
);
