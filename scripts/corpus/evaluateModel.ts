// Computes evaluation.json: held-out perplexity per order and smoothing, and sparsity, all on the full training counts.
import type { CorpusEvaluation, PerplexityFigure } from '../../src/lib/text/corpusMeta.ts';
import type { NgramModel } from '../../src/lib/text/ngramModel.ts';
import { ngramSparsity } from '../../src/lib/text/ngramSparsity.ts';
import { type PerplexityQuery, type PerplexityResult, perplexities } from '../../src/lib/text/perplexity.ts';
import { encodeSentences } from '../../src/lib/text/vocabulary.ts';

function figure(result: PerplexityResult): PerplexityFigure {
  return {
    perplexity: result.infinite ? null : result.perplexity,
    infinite: result.infinite,
    zeroProbability: result.zeroProbability,
    zeroShare: result.tokens > 0 ? result.zeroProbability / result.tokens : 0,
  };
}

/** Evaluate an unpruned model on held-out sentences (each <s> … </s>) for n = 1…maxOrder. */
export function evaluateModel(
  model: NgramModel,
  heldOut: readonly (readonly string[])[],
  addKGrid: readonly number[],
): CorpusEvaluation {
  const orders = Array.from({ length: model.trie.maxOrder }, (_, i) => i + 1);
  const queries: PerplexityQuery[] = orders.flatMap((order) => [
    { order, smoothing: { method: 'mle' } },
    { order, smoothing: { method: 'kneserNey' } },
    ...addKGrid.map((k): PerplexityQuery => ({ order, smoothing: { method: 'addK', k } })),
  ]);
  const results = perplexities(model, encodeSentences(model.vocabulary, heldOut), queries);
  const perOrder = 2 + addKGrid.length;
  return {
    heldOutTokens: results[0]?.tokens ?? 0,
    unknownTokens: results[0]?.unknownTokens ?? 0,
    perplexity: orders.map((n, i) => {
      const at = (offset: number) => results[i * perOrder + offset];
      const addK = addKGrid.map((k, j) => ({ k, ...figure(at(2 + j)) }));
      const best = addKGrid.reduce((b, _, j) => (at(2 + j).perplexity < at(2 + b).perplexity ? j : b), 0);
      return { n, mle: figure(at(0)), kneserNey: figure(at(1)), addK, bestK: addKGrid[best] };
    }),
    sparsity: ngramSparsity(model, heldOut).map((row) => ({
      ...row,
      log10SeenShare: Number.isFinite(row.log10SeenShare) ? row.log10SeenShare : null,
    })),
  };
}
