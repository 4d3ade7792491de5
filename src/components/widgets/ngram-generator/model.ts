// The generator's model: text sampled from the corpus n-gram model, each word marked with the order of the
// n-gram that produced it and the context it was drawn after. Pure: the n-gram model comes in, words go out.
import type { StateOf } from '../../figure/stateSchema.ts';
import { EOS } from '../../../lib/text/markers.ts';
import type { NgramModel } from '../../../lib/text/ngramModel.ts';
import { sampleText } from '../../../lib/text/sampleText.ts';
import { displayWord, gramName } from '../../ui/ngramWords.ts';
import { type GeneratorSchema, SAMPLE_TOKENS } from './state.ts';

export interface GeneratedWord {
  text: string;
  /** The n of the n-gram that produced the word. */
  order: number;
  /** No space before it: punctuation that attaches to the previous word, or the first word of a line. */
  glue: boolean;
  /** What hovering the word says: the order and the context it was drawn after. */
  title: string;
}

export interface OrderShare {
  order: number;
  count: number;
}

export interface GeneratorModel {
  /** One array per sentence; the last may be unfinished. */
  sentences: GeneratedWord[][];
  /** How many words each order produced, highest order first; orders that produced none are left out. */
  shares: OrderShare[];
  words: number;
  summary: string;
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}']|\.\.\.)$/;
const NO_SPACE_AFTER = /^[([{$]$/;

/** For each token of one sentence, whether it attaches to the one before (a display heuristic, like detokenize). */
export function glueBefore(tokens: readonly string[]): boolean[] {
  let quoteOpen = false;
  let glueNext = true;
  return tokens.map((token) => {
    let glue: boolean;
    if (token === '"') {
      glue = quoteOpen || glueNext;
      glueNext = !quoteOpen;
      quoteOpen = !quoteOpen;
    } else {
      glue = glueNext || NO_SPACE_BEFORE.test(token);
      glueNext = NO_SPACE_AFTER.test(token);
    }
    return glue;
  });
}

/** How the temperature slider's value reads. */
export function temperatureText(t: number): string {
  return t === 0 ? '0 (always the top word)' : t.toFixed(1);
}

function titleFor(order: number, context: readonly string[]): string {
  if (order === 1) return 'unigram: drawn by how common the word is, no context';
  return `${gramName(order)}: drawn after "${context.map(displayWord).join(' ')}"`;
}

export function generatorModel(ngram: NgramModel, state: StateOf<GeneratorSchema>): GeneratorModel {
  const tokens = sampleText(ngram, {
    order: state.order,
    seed: state.seed,
    temperature: state.temperature,
    maxTokens: SAMPLE_TOKENS,
  });
  const sentences: (typeof tokens)[] = [[]];
  for (const t of tokens) {
    if (t.word === EOS) sentences.push([]);
    else sentences[sentences.length - 1].push(t);
  }
  const drawn = sentences.filter((s) => s.length > 0);
  const counts = new Map<number, number>();
  const out = drawn.map((s) => {
    const glue = glueBefore(s.map((t) => t.word));
    return s.map((t, i) => {
      counts.set(t.order, (counts.get(t.order) ?? 0) + 1);
      return {
        text: displayWord(t.word),
        order: t.order,
        glue: glue[i],
        title: titleFor(t.order, t.context),
      };
    });
  });
  const shares = [...counts].map(([order, count]) => ({ order, count })).sort((a, b) => b.order - a.order);
  const words = shares.reduce((sum, s) => sum + s.count, 0);
  const summary =
    words === 0
      ? 'The model produced no words.'
      : `${words} tokens: ${shares.map((s) => `${s.count} from ${gramName(s.order)}s`).join(', ')}.`;
  return { sentences: out, shares, words, summary };
}
