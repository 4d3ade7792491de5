// The context explorer's model: for n = MAX_N … 1, the corpus's likeliest next words after the typed context,
// the counts behind each P(w | context), and which order a back-off model would take its answer from.
import type { StateOf } from '../../figure/stateSchema.ts';
import { backoff } from '../../../lib/text/backoff.ts';
import type { ContextReport } from '../../../lib/text/nextWords.ts';
import type { NgramModel } from '../../../lib/text/ngramModel.ts';
import { tokenWords } from '../../../lib/text/tokenize.ts';
import { displayWord, gramName } from '../../ui/ngramWords.ts';
import { type ExplorerSchema, MAX_N } from './state.ts';

/** 'answers': the order back-off uses; 'missed': a higher order it passed over; 'lower': a shorter fallback. */
export type RowRole = 'answers' | 'missed' | 'lower';

export interface ExplorerBar {
  word: string;
  count: number;
  p: number;
  /** The probability and the two counts it is the ratio of: "33.3% = 5 / 15". */
  label: string;
}

export const ROLE_LABEL: Record<RowRole, string> = {
  answers: 'answers',
  missed: 'backed off',
  lower: 'fallback',
};

export interface ExplorerRow {
  n: number;
  role: RowRole;
  report: ContextReport;
  /** One line above the bars: the context and how often the corpus has it. */
  head: string;
  /** Why there are no bars, when there are none. */
  message?: string;
  bars: ExplorerBar[];
  /** Continuations the page's copy of the table leaves out (pruned as rare), when some are. */
  note?: string;
}

export interface ExplorerModel {
  /** The last MAX_N − 1 tokens of the typed text, which is all any order can use. */
  tail: string[];
  answeredBy: number;
  summary: string;
  rows: ExplorerRow[];
}

// Only the end of the text matters; tokenising a pasted novel whole would be wasted work.
const TAIL_CHARS = 400;

const int = new Intl.NumberFormat('en-US');
const pct = new Intl.NumberFormat('en-US', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const quote = (words: readonly string[]) => `"${words.join(' ')}"`;

function headFor(r: ContextReport): string {
  if (r.order === 1)
    return `no context: how common each word is, out of ${int.format(r.contextCount)} tokens`;
  const context = `context ${quote(r.context)}`;
  if (r.status !== 'seen') return context;
  return `${context}: seen ${int.format(r.contextCount)} time${r.contextCount === 1 ? '' : 's'}, followed by ${int.format(r.distinct)} different word${r.distinct === 1 ? '' : 's'}`;
}

function messageFor(r: ContextReport): string | undefined {
  switch (r.status) {
    case 'too-short':
      return `Type at least ${r.order - 1} word${r.order === 2 ? '' : 's'} to use the ${gramName(r.order)}.`;
    case 'unknown-word':
      return `${r.unknownWords.map((w) => `"${w}"`).join(', ')} ${r.unknownWords.length === 1 ? 'was' : 'were'} never seen in the corpus, so no ${gramName(r.order)} containing ${r.unknownWords.length === 1 ? 'it' : 'them'} has a count.`;
    case 'unseen':
      return r.contextMinCount > 1
        ? `${quote(r.context)} is not in the table: seen fewer than ${r.contextMinCount} times in the corpus, perhaps never.`
        : `${quote(r.context)} was never seen in the corpus: its count is 0, and 0 / 0 gives no probability.`;
    case 'seen':
      return r.next.length === 0
        ? `Every continuation was seen fewer than ${r.minCount} times, and the table leaves those out.`
        : undefined;
  }
}

function noteFor(r: ContextReport): string | undefined {
  if (r.status !== 'seen' || r.next.length === 0 || r.storedShare >= 1) return undefined;
  const rest = Math.round(r.contextCount * (1 - r.storedShare));
  const rare = r.minCount === 2 ? 'only once' : `fewer than ${r.minCount} times`;
  return `${int.format(rest)} of its ${int.format(r.contextCount)} occurrences went on to words seen after it ${rare}; the page's copy of the table leaves those out.`;
}

function summaryFor(tail: readonly string[], answeredBy: number, rows: readonly ExplorerRow[]): string {
  if (tail.length === 0) return 'No words typed: only the unigram can answer, with the most common words.';
  const answer = rows.find((r) => r.n === answeredBy)!;
  const missed = rows.filter((r) => r.role === 'missed' && r.report.status !== 'too-short').map((r) => r.n);
  const by = `The ${gramName(answeredBy)} answers`;
  if (missed.length === 0) return `${by}: its context ${quote(answer.report.context)} is in the table.`;
  const names = missed.map(gramName);
  const list =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const fallback =
    answeredBy === 1
      ? 'word frequencies alone'
      : answeredBy === 2
        ? 'the last word'
        : `the last ${answeredBy - 1} words`;
  return `${by}: the ${list} had nothing to say, so a back-off model falls back to ${fallback}.`;
}

export function explorerModel(ngram: NgramModel, state: StateOf<ExplorerSchema>): ExplorerModel {
  const tail = tokenWords(state.text.slice(-TAIL_CHARS)).slice(-(MAX_N - 1));
  const result = backoff(ngram, tail, MAX_N, state.top);
  const rows: ExplorerRow[] = result.reports.map((report) => {
    const n = report.order;
    const message = messageFor(report);
    return {
      n,
      role: n === result.answeredBy ? 'answers' : n > result.answeredBy ? 'missed' : 'lower',
      report,
      head: headFor(report),
      message,
      bars: message
        ? []
        : report.next.map((w) => ({
            word: displayWord(w.word),
            count: w.count,
            p: w.p,
            label: `${pct.format(w.p)} = ${int.format(w.count)} / ${int.format(report.contextCount)}`,
          })),
      note: noteFor(report),
    };
  });
  return { tail, answeredBy: result.answeredBy, summary: summaryFor(tail, result.answeredBy, rows), rows };
}
