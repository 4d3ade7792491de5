// Reads Brown corpus text (`word/TAG` tokens, one sentence per line) into sentences of book tokens wrapped in <s> … </s>.
import { padSentence } from './markers.ts';
import { type PunctuationMode, tokenWords } from './tokenize.ts';

export type BrownTokenizerOptions = { punctuation?: PunctuationMode };

/**
 * A tokeniser for Brown files. Each tag is stripped at the last slash (`1/2/cd` is the word `1/2`), and each word
 * goes through the book's own tokeniser, so the corpus vocabulary matches what a reader's typing produces: `Mr.`
 * becomes `mr .`, and the quote pairs `` and '' both become `"`. Memoised per word, as Brown repeats words a lot.
 */
export function brownTokenizer(options: BrownTokenizerOptions = {}): (text: string) => string[][] {
  const punctuation = options.punctuation ?? 'split';
  const cache = new Map<string, string[]>();
  const wordTokens = (word: string): string[] => {
    let tokens = cache.get(word);
    if (!tokens) {
      tokens = tokenWords(word, { punctuation });
      cache.set(word, tokens);
    }
    return tokens;
  };
  return (text) => {
    const sentences: string[][] = [];
    for (const line of text.split('\n')) {
      const tokens: string[] = [];
      for (const tagged of line.split(/\s+/)) {
        if (tagged === '') continue;
        const slash = tagged.lastIndexOf('/');
        for (const token of wordTokens(slash > 0 ? tagged.slice(0, slash) : tagged)) tokens.push(token);
      }
      if (tokens.length > 0) sentences.push(padSentence(tokens));
    }
    return sentences;
  };
}

/** One-off convenience: tokenise a Brown text into padded sentences. */
export function tokenizeBrown(text: string, options: BrownTokenizerOptions = {}): string[][] {
  return brownTokenizer(options)(text);
}
