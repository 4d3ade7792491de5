// The next-word figure's model: for context windows k = 0 … MAX_K, the corpus's likeliest next words
// after the typed text. Pure: the n-gram model comes in, rows to draw go out.
import type { StateOf } from '../../figure/stateSchema.ts';
import { type ContextReport, nextWords } from '../../../lib/text/nextWords.ts';
import type { NgramModel } from '../../../lib/text/ngramModel.ts';
import { tokenWords } from '../../../lib/text/tokenize.ts';
import { MAX_K, type NextWordSchema } from './state.ts';

export interface NextWordRow {
  k: number;
  report: ContextReport;
  /** What the row says when it has no bars to show. */
  message?: string;
}

export interface NextWordModel {
  /** The last MAX_K tokens of the typed text, which is all any row can use. */
  tail: string[];
  rows: NextWordRow[];
}

// Only the end of the text matters; tokenising a pasted novel whole would be wasted work.
const TAIL_CHARS = 400;

function messageFor(r: ContextReport): string | undefined {
  switch (r.status) {
    case 'too-short':
      return `Type at least ${r.order - 1} word${r.order === 2 ? '' : 's'} to use this row.`;
    case 'unknown-word':
      return `"${r.unknownWords.join('", "')}" never ${r.unknownWords.length > 1 ? 'occur' : 'occurs'} in the corpus, so no count can follow ${r.unknownWords.length > 1 ? 'them' : 'it'}.`;
    case 'unseen':
      return `"${r.context.join(' ')}" never occurs in the corpus${r.contextMinCount > 1 ? ` (or fewer than ${r.contextMinCount} times)` : ''}: counting has nothing to say.`;
    case 'seen':
      return r.next.length === 0 ? 'Every continuation of this context is too rare to be stored.' : undefined;
  }
}

export function nextWordModel(ngram: NgramModel, state: StateOf<NextWordSchema>): NextWordModel {
  const tokens = tokenWords(state.text.slice(-TAIL_CHARS));
  const tail = tokens.slice(-MAX_K);
  const rows: NextWordRow[] = [];
  for (let k = 0; k <= MAX_K; k++) {
    const report = nextWords(ngram, tail, k + 1, state.top);
    rows.push({ k, report, message: messageFor(report) });
  }
  return { tail, rows };
}
