// The Brown corpus n-gram model at build time, read from the assets the corpus build step wrote to
// public/data/corpus, so static first frames show the same numbers the live figure computes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCorpusEvaluation, loadCorpusMeta, loadNgramModel } from '../../lib/text/corpusAssets.ts';
import type { CorpusEvaluation, CorpusMeta } from '../../lib/text/corpusMeta.ts';
import type { NgramModel } from '../../lib/text/ngramModel.ts';

const DIR = join(process.cwd(), 'public', 'data', 'corpus');

async function read(name: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(join(DIR, name)));
  } catch {
    throw new Error(
      `corpus asset ${name} is missing in ${DIR}: run \`npm run corpus\` (npm run build does it)`,
    );
  }
}

let model: Promise<NgramModel> | undefined;
let meta: Promise<CorpusMeta> | undefined;
let evaluation: Promise<CorpusEvaluation> | undefined;

export function brownModelAtBuild(): Promise<NgramModel> {
  model ??= loadNgramModel(read);
  return model;
}

export function brownMetaAtBuild(): Promise<CorpusMeta> {
  meta ??= loadCorpusMeta(read);
  return meta;
}

/** evaluation.json: held-out perplexity and sparsity, computed by the corpus build on the full counts. */
export function brownEvaluationAtBuild(): Promise<CorpusEvaluation> {
  evaluation ??= loadCorpusEvaluation(read);
  return evaluation;
}
