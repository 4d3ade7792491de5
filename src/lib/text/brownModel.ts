// The page's entry point to the Brown corpus assets: each file is fetched once per page and shared by every figure.
import {
  type AssetReader,
  fetchAssetReader,
  loadCorpusEvaluation,
  loadCorpusMeta,
  loadNgramModel,
} from './corpusAssets.ts';
import type { CorpusEvaluation, CorpusMeta } from './corpusMeta.ts';
import type { NgramModel } from './ngramModel.ts';
import { withBase } from '../paths.ts';

/** Where the build writes the assets (public/data/corpus/), under the site's base path when Vite provides one. */
export function brownAssetBase(): string {
  return withBase('/data/corpus/');
}

/** A once-only loader that forgets a failure, so a later call can retry after a network error. */
function once<T>(load: (read: AssetReader) => Promise<T>): (read?: AssetReader) => Promise<T> {
  let pending: Promise<T> | undefined;
  return (read) => {
    pending ??= load(read ?? fetchAssetReader(brownAssetBase())).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/** The shipped n-gram model (vocab.txt.gz + ngrams.bin.gz), decoded and indexed; about 1.4 MB to download. */
export const loadBrownModel: (read?: AssetReader) => Promise<NgramModel> = once(loadNgramModel);
/** meta.json: the corpus figures the chapter states. */
export const loadBrownMeta: (read?: AssetReader) => Promise<CorpusMeta> = once(loadCorpusMeta);
/** evaluation.json: held-out perplexity and sparsity, computed on the full counts. */
export const loadBrownEvaluation: (read?: AssetReader) => Promise<CorpusEvaluation> =
  once(loadCorpusEvaluation);
