// Back-off lookup: try the longest context first and report honestly which order answered (Katz 1987; SLP §3.5).
import type { NgramModel } from './ngramModel.ts';
import { type ContextReport, nextWords } from './nextWords.ts';

export type BackoffResult = {
  /** The highest order with a seen context and at least one stored continuation; 1 at worst (unigrams always answer). */
  answeredBy: number;
  /** One report per order, from maxOrder down to 1, so a figure can show each miss and why. */
  reports: ContextReport[];
};

/** Look up context at orders maxOrder…1 and say which one answered. */
export function backoff(
  model: NgramModel,
  context: readonly string[],
  maxOrder: number,
  k = 10,
): BackoffResult {
  const top = Math.max(1, Math.min(maxOrder, model.trie.maxOrder));
  const reports: ContextReport[] = [];
  for (let n = top; n >= 1; n--) reports.push(nextWords(model, context, n, k));
  const answer = reports.find((r) => r.status === 'seen' && r.next.length > 0);
  return { answeredBy: answer?.order ?? 1, reports };
}
