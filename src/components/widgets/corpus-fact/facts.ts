// Numbers about the Brown corpus that the prose states, looked up by name in meta.json and evaluation.json,
// so no figure in the text is typed by hand and none can drift from the data.
import type { CorpusEvaluation, CorpusMeta } from '../../../lib/text/corpusMeta.ts';

/** Facts about the whole corpus or its split; n-independent. */
const CORPUS_FACTS = {
  documents: (m: CorpusMeta) => m.documents,
  sentences: (m: CorpusMeta) => m.sentences,
  tokens: (m: CorpusMeta) => m.tokens,
  types: (m: CorpusMeta) => m.types,
  wordTokens: (m: CorpusMeta) => m.wordTokens,
  wordTypes: (m: CorpusMeta) => m.wordTypes,
  trainDocuments: (m: CorpusMeta) => m.split.train.documents,
  trainTokens: (m: CorpusMeta) => m.split.train.tokens,
  heldOutDocuments: (m: CorpusMeta) => m.split.heldOut.documents,
  heldOutTokens: (m: CorpusMeta) => m.split.heldOut.tokens,
  vocabularySize: (m: CorpusMeta) => m.model.vocabularySize,
} as const;

/** Facts that depend on n, the order of the n-gram. */
const ORDER_FACTS = [
  'unseenShare',
  'mleZeroShare',
  'perplexityKneserNey',
  'trainDistinct',
  'minCount',
] as const;

export type CorpusFactName = keyof typeof CORPUS_FACTS | 'unknownShare' | (typeof ORDER_FACTS)[number];

const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function percent(share: number, digits: number): string {
  return `${(share * 100).toFixed(digits)}%`;
}

/**
 * The fact's value as the prose shows it: counts with thousands separators, shares as percentages with
 * `digits` decimals. Throws on an unknown name or a missing order, so a typo fails the build.
 */
export function corpusFact(
  meta: CorpusMeta,
  evaluation: CorpusEvaluation,
  name: CorpusFactName,
  n?: number,
  digits = 0,
): string {
  if (name in CORPUS_FACTS) return int.format(CORPUS_FACTS[name as keyof typeof CORPUS_FACTS](meta));
  if (name === 'unknownShare') return percent(meta.split.heldOut.unknownShare, digits);
  if (!(ORDER_FACTS as readonly string[]).includes(name)) throw new Error(`no corpus fact named "${name}"`);
  const sparsity = evaluation.sparsity.find((r) => r.n === n);
  const perplexity = evaluation.perplexity.find((r) => r.n === n);
  if (!sparsity || !perplexity)
    throw new Error(`corpus fact "${name}" needs an order n the data has, got ${n}`);
  switch (name) {
    case 'unseenShare':
      return percent(sparsity.unseenShare, digits);
    case 'mleZeroShare':
      return percent(perplexity.mle.zeroShare, digits);
    case 'perplexityKneserNey':
      return perplexity.kneserNey.perplexity === null ? '∞' : int.format(perplexity.kneserNey.perplexity);
    case 'trainDistinct':
      return int.format(sparsity.trainDistinct);
    default:
      return int.format(meta.model.minCount[n ?? 0] ?? 1);
  }
}
